/** Pages in a PDF Chromium printed (each page object is `/Type /Page`; the tree root is `/Type /Pages`). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
