// Opens a PDF with pdf.js (Mozilla's independent parser) and prints its form fields and page text as JSON.
// Usage: node pdfjs-read.mjs <in.pdf>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(process.cwd() + '/');
const pdfjs = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const objects = (await doc.getFieldObjects()) ?? {};
const fields = Object.entries(objects).map(([name, [first]]) => ({ name, type: first.type, value: first.value ?? null }));
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => item.str).join(' '));
}
console.log(JSON.stringify({ numPages: doc.numPages, fields, pages }));
