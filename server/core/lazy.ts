/**
 * Heavy packages that only some requests need, imported at their first use rather than at start:
 * together they cost about a second of start-up and 25 MB of idle memory (measured: exceljs ~0.8 s
 * and 16 MB, sharp ~0.1 s and 8 MB), while most processes never export a ledger, take a photo or
 * print a QR code. Node caches the module, so only the first call pays.
 */
export const loadExcel = async () => (await import('exceljs')).default;
export const loadSharp = async () => (await import('sharp')).default;
export const loadQrCode = async () => (await import('qrcode')).default;
