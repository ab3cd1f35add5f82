// Fills the LibreOffice-made form with pdf-lib (a different producer fills than created). Usage: node fill-form.js IN OUT
const fs = require('fs');
const { PDFDocument } = require('pdf-lib');

(async () => {
  const doc = await PDFDocument.load(fs.readFileSync(process.argv[2]));
  const form = doc.getForm();
  form.getTextField('applicant').setText('Jovana Petrović');
  form.getTextField('city').setText('Dortmund-Hörde');
  form.getCheckBox('consent').check();
  form.getDropdown('status').select('gestattet');
  fs.writeFileSync(process.argv[3], await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
})().catch(e => { console.error(e); process.exit(1); });
