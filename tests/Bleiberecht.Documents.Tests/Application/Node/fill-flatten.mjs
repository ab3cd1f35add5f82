// Fills a PDF form with pdf-lib (an independent tool) and optionally flattens it.
// Usage: node fill-flatten.mjs <in.pdf> <out.pdf> [--flatten]   values as JSON on stdin: { "name": "text" | true | false }
// Prints JSON: { fields: [names] } of the input form.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { PDFDocument, PDFTextField, PDFCheckBox } = require('pdf-lib');

const [input, output, flag] = process.argv.slice(2);
const values = JSON.parse(readFileSync(0, 'utf8') || '{}');
const doc = await PDFDocument.load(readFileSync(input));
const form = doc.getForm();
for (const [name, value] of Object.entries(values)) {
  const field = form.getField(name);
  if (field instanceof PDFTextField) field.setText(String(value));
  else if (field instanceof PDFCheckBox) (value === true ? field.check() : field.uncheck());
}
if (flag === '--flatten') form.flatten();
writeFileSync(output, await doc.save());
console.log(JSON.stringify({ fields: form.getFields().map((f) => f.getName()) }));
