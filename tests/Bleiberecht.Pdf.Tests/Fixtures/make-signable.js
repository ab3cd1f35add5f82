// Adds an unsigned signature field with a /ByteRange and /Contents placeholder to the filled form (the way
// node signing tools prepare a file); the tests fill the placeholder with a CMS signature made by .NET.
// Usage: node make-signable.js IN OUT
const fs = require('fs');
const { PDFDocument, PDFName, PDFNumber, PDFString, PDFHexString } = require('pdf-lib');

(async () => {
  const doc = await PDFDocument.load(fs.readFileSync(process.argv[2]));
  const form = doc.getForm();
  const page = doc.getPages()[1];
  const ctx = doc.context;
  const byteRange = ctx.obj([0, PDFName.of('**********'), PDFName.of('**********'), PDFName.of('**********')]);
  const sig = ctx.obj({
    Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: 'adbe.pkcs7.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(16384)),
    Reason: PDFString.of('Einwilligung'),
    M: PDFString.fromDate(new Date(Date.UTC(2026, 0, 15, 10, 0, 0))),
  });
  const sigRef = ctx.register(sig);
  const widget = ctx.obj({
    Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [0, 0, 0, 0], V: sigRef,
    T: PDFString.of('Signature1'), F: 4, P: page.ref,
  });
  const widgetRef = ctx.register(widget);
  page.node.addAnnot(widgetRef);
  form.acroForm.addField(widgetRef);
  form.acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  fs.writeFileSync(process.argv[3], await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
})().catch(e => { console.error(e); process.exit(1); });
