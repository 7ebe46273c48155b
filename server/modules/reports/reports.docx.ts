import { figureLines, REPORT_SECTION_LABELS, REPORT_SECTIONS, type MonthlyReportT } from '../../../contract/reports';
import { loadDocx } from '../../core/lazy';

const CN = 8 * 3600_000;
const cnTime = (iso: string) => new Date(Date.parse(iso) + CN).toISOString().slice(0, 16).replace('T', ' ');
const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };

/**
 * The report as .docx, in the layout a 居委会 sends upward: title, the ten sections (figures as a list, then the
 * staff's text), and a footer line saying whether it is a draft or finalised with its SHA-256.
 */
export async function reportDocx(r: MonthlyReportT): Promise<Buffer> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await loadDocx();
  const lines = figureLines(r.figures);
  const [y, m] = r.month.split('-');
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${r.communityName}${y}年${Number(m)}月工作月报`, bold: true, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(
          r.status === 'final'
            ? `已定稿：${r.finalisedBy ?? ''} ${cnTime(r.finalisedAt!)}`
            : `草稿（数据生成于 ${cnTime(r.figures.generatedAt)}）`,
        ),
      ],
    }),
  ];
  for (const s of REPORT_SECTIONS) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: REPORT_SECTION_LABELS[s] }));
    for (const l of lines[s]) children.push(new Paragraph({ text: l, bullet: { level: 0 } }));
    for (const p of r.sections[s].split(/\n+/).filter((x) => x.trim()))
      children.push(new Paragraph({ children: [new TextRun(p)], indent: { firstLine: 480 } }));
  }
  if (r.contentHash)
    children.push(
      new Paragraph({ children: [new TextRun({ text: `内容指纹（SHA-256）：${r.contentHash}`, size: 16 })] }),
    );
  const doc = new Document({
    creator: 'Gongzhi 共治',
    title: `${r.communityName} ${r.month} 工作月报`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
