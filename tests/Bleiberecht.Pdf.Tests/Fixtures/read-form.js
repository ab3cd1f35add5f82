// Prints the form fields of a PDF as pdf-lib reads them, as JSON: [{name, kind, value}].
// Used by the tests to compare our reader's values with a third-party reader's.
const fs = require('fs');
const { PDFDocument, PDFTextField, PDFCheckBox, PDFRadioGroup, PDFDropdown, PDFOptionList, PDFSignature } = require('pdf-lib');

(async () => {
  const doc = await PDFDocument.load(fs.readFileSync(process.argv[2]), { ignoreEncryption: true });
  const fields = doc.getForm().getFields().map(f => {
    const name = f.getName();
    if (f instanceof PDFTextField) return { name, kind: 'text', value: f.getText() ?? null };
    if (f instanceof PDFCheckBox) return { name, kind: 'checkbox', value: f.isChecked() ? 'checked' : 'unchecked' };
    if (f instanceof PDFRadioGroup) return { name, kind: 'radio', value: f.getSelected() ?? null };
    if (f instanceof PDFDropdown) return { name, kind: 'combo', value: f.getSelected().join('|') || null };
    if (f instanceof PDFOptionList) return { name, kind: 'list', value: f.getSelected().join('|') || null };
    if (f instanceof PDFSignature) return { name, kind: 'signature', value: null };
    return { name, kind: 'other', value: null };
  });
  process.stdout.write(JSON.stringify(fields));
})().catch(e => { console.error(e.message); process.exit(1); });
