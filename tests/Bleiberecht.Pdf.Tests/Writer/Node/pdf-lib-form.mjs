// Reads the AcroForm of a PDF with pdf-lib, optionally fills and flattens it.
// Usage: node pdf-lib-form.mjs <in.pdf> [<out.pdf> <fieldName=value>...]
// Prints JSON: { fields: [{ name, type, value }] } of the input document.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { PDFDocument, PDFTextField, PDFCheckBox, PDFSignature } = require('pdf-lib');

const [input, output, ...assignments] = process.argv.slice(2);
const doc = await PDFDocument.load(readFileSync(input));
const form = doc.getForm();
const fields = form.getFields().map((field) => {
  const name = field.getName();
  if (field instanceof PDFTextField) return { name, type: 'text', value: field.getText() ?? null, multiline: field.isMultiline() };
  if (field instanceof PDFCheckBox) return { name, type: 'checkbox', value: field.isChecked() };
  if (field instanceof PDFSignature) return { name, type: 'signature', value: null };
  return { name, type: field.constructor.name, value: null };
});

if (output) {
  for (const assignment of assignments) {
    const [name, value] = assignment.split('=');
    const field = form.getField(name);
    if (field instanceof PDFTextField) field.setText(value);
    else if (field instanceof PDFCheckBox) (value === 'true' ? field.check() : field.uncheck());
  }
  form.flatten();
  writeFileSync(output, await doc.save());
}

console.log(JSON.stringify({ pages: doc.getPageCount(), title: doc.getTitle() ?? null, fields }));
