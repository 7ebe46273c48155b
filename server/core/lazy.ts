/**
 * Heavy packages that only some requests need, imported at their first use rather than at start:
 * together they cost about a second of start-up and 25 MB of idle memory (measured: exceljs ~0.8 s
 * and 16 MB, sharp ~0.1 s and 8 MB), while most processes never export a ledger, take a photo or
 * print a QR code. Node caches the module, so only the first call pays.
 */
export const loadExcel = async () => (await import('exceljs')).default;
let sharpReady: Promise<typeof import('sharp')> | undefined;
/**
 * sharp, set up for a server that re-encodes one upload after another: no libvips operation cache
 * (up to 50 MB of decoded results by default, and no upload is ever decoded twice), and one libvips
 * thread per image, since parallelism comes from the image slots (files/images.ts), one per core.
 * (sharp already picks 1 thread on glibc without jemalloc; this makes it so everywhere.)
 */
export const loadSharp = () =>
  (sharpReady ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    sharp.concurrency(1);
    return sharp;
  }));
export const loadQrCode = async () => (await import('qrcode')).default;
/** docx (the monthly report's .docx): only a report download needs it. */
export const loadDocx = () => import('docx');
