import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Chromium's subset fonts map some ideographs to their radical code points (工 → ⼯ U+2F2F, 民 → ⺠ U+2EA0) in the
 * text layer: NFKC folds the Kangxi radicals back, and the few CJK Radicals Supplement ones (no decomposition) are
 * mapped here, so the text compares with what the page showed.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺠': '民',
  '⻓': '长',
  '⻔': '门',
  '⻢': '马',
  '⻅': '见',
  '⻘': '青',
  '⻝': '食',
  '⻄': '西',
  '⻉': '贝',
  '⻋': '车',
  '⻛': '风',
  '⻚': '页',
  '⻜': '飞',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻩': '黄',
  '⻆': '角',
  '⻙': '韦',
  '⻬': '齐',
};
export const cjkText = (s: string) => s.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => SUPPLEMENT[c] ?? c);

export interface PdfText {
  str: string;
  /** Left and right edge of the text item, in PDF units (1/72 in), and its page's width. */
  x: number;
  right: number;
  pageWidth: number;
}
export interface PdfFont {
  name: string;
  /** The font program is in the file (a CJK font missing here would show as boxes on another machine). */
  embedded: boolean;
}

/**
 * A PDF read by pdf.js (Mozilla's, not Chromium's own code): its pages, every text item with its position, and the
 * fonts its text uses. Used to check what `page.pdf()` printed: CJK text extractable, fonts embedded, nothing clipped.
 */
export async function readPdf(
  buf: Buffer,
): Promise<{ pages: number; texts: PdfText[]; text: string; fonts: PdfFont[] }> {
  const doc = await getDocument({
    data: new Uint8Array(buf),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const texts: PdfText[] = [];
  const fonts = new Map<string, PdfFont>();
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const pageWidth = page.getViewport({ scale: 1 }).width;
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const x = item.transform[4] as number;
      texts.push({ str: cjkText(item.str), x, right: x + item.width, pageWidth });
      text += item.str + (item.hasEOL ? '\n' : '');
      const id = item.fontName;
      if (!fonts.has(id) && page.commonObjs.has(id)) {
        const f = page.commonObjs.get(id) as { name?: string; loadedName?: string; missingFile?: boolean };
        fonts.set(id, { name: f.name ?? f.loadedName ?? id, embedded: f.missingFile === false });
      }
    }
    text += '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  const byName = new Map([...fonts.values()].map((f) => [f.name, f]));
  return { pages, texts, text: cjkText(text), fonts: [...byName.values()] };
}
