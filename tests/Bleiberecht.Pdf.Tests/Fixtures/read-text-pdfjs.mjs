// Prints the text pdf.js (pdfjs-dist, Mozilla's reader) extracts from a PDF: one line per text item end-of-line.
// Used by the tests as a second independent reference next to poppler's pdftotext.
import fs from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map(item => item.str + (item.hasEOL ? '\n' : '')).join(''));
}
process.stdout.write(pages.join('\n'));
