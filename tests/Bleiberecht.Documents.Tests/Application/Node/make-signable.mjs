// Turns the form's empty signature field into a signed-field placeholder (/V with /ByteRange and /Contents), the way
// node signing tools prepare a file; the test fills the placeholder with a CMS signature made by .NET.
// Usage: node make-signable.mjs IN OUT FIELD
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { PDFDocument, PDFName, PDFNumber, PDFString, PDFHexString } = require('pdf-lib');

const [input, output, fieldName] = process.argv.slice(2);
const doc = await PDFDocument.load(readFileSync(input));
const form = doc.getForm();
const ctx = doc.context;
const byteRange = ctx.obj([0, PDFName.of('**********'), PDFName.of('**********'), PDFName.of('**********')]);
const sig = ctx.obj({
  Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: 'adbe.pkcs7.detached',
  ByteRange: byteRange,
  Contents: PDFHexString.of('0'.repeat(16384)),
  Reason: PDFString.of('Einwilligung'),
});
form.getField(fieldName).acroField.dict.set(PDFName.of('V'), ctx.register(sig));
form.acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3));
writeFileSync(output, await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
