// Generates the pdf-lib form fixtures (run by make-fixtures.sh; the outputs are committed).
// Usage: node make-forms.js OUTDIR
const fs = require('fs');
const path = require('path');
const { PDFDocument, StandardFonts, rgb } = require('pdf-lib');

async function emptyForm() {
  const doc = await PDFDocument.create();
  doc.setTitle('Antrag Muster');
  doc.setAuthor('Fixture Generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(p === 0 ? 'Kurzantrag Seite eins' : 'Einwilligung Seite zwei', { x: 50, y: 790, size: 16, font });
  }
  const [p1, p2] = doc.getPages();
  const name = form.createTextField('person.name');
  name.addToPage(p1, { x: 50, y: 700, width: 300, height: 20 });
  const street = form.createTextField('person.street');
  street.addToPage(p1, { x: 50, y: 670, width: 300, height: 20 });
  const notes = form.createTextField('notes');
  notes.enableMultiline();
  notes.addToPage(p1, { x: 50, y: 560, width: 300, height: 80 });
  const consent = form.createCheckBox('consent');
  consent.addToPage(p2, { x: 50, y: 700, width: 15, height: 15 });
  const marketing = form.createCheckBox('marketing');
  marketing.addToPage(p2, { x: 50, y: 670, width: 15, height: 15 });
  const radio = form.createRadioGroup('status');
  radio.addOptionToPage('geduldet', p1, { x: 50, y: 500, width: 15, height: 15 });
  radio.addOptionToPage('gestattet', p1, { x: 80, y: 500, width: 15, height: 15 });
  radio.addOptionToPage('sonstiges', p1, { x: 110, y: 500, width: 15, height: 15 });
  const office = form.createDropdown('office');
  office.addOptions(['Dortmund', 'Kreis Unna', 'Dresden', 'Müllheim']);
  office.addToPage(p1, { x: 50, y: 450, width: 200, height: 20 });
  const languages = form.createOptionList('languages');
  languages.addOptions(['Deutsch', 'Englisch', 'Arabisch', 'Französisch']);
  languages.enableMultiselect();
  languages.addToPage(p1, { x: 50, y: 350, width: 200, height: 80 });
  return doc;
}

async function main() {
  const out = process.argv[2];
  const empty = await emptyForm();
  fs.writeFileSync(path.join(out, 'form-pdflib-empty.pdf'), await empty.save({ useObjectStreams: false }));

  const doc = await PDFDocument.load(fs.readFileSync(path.join(out, 'form-pdflib-empty.pdf')));
  const form = doc.getForm();
  form.getTextField('person.name').setText('Amina Özdemir');
  form.getTextField('person.street').setText('Hauptstraße 12');
  form.getTextField('notes').setText('Zeile eins\nZeile zwei');
  form.getCheckBox('consent').check();
  form.getRadioGroup('status').select('gestattet');
  form.getDropdown('office').select('Müllheim');
  form.getOptionList('languages').select(['Deutsch', 'Arabisch']);
  fs.writeFileSync(path.join(out, 'form-pdflib-filled.pdf'), await doc.save({ useObjectStreams: false }));
  // Same content, written with object streams and a cross-reference stream (pdf-lib's default).
  fs.writeFileSync(path.join(out, 'form-pdflib-filled-objstm.pdf'), await doc.save({ useObjectStreams: true }));

  // Values outside WinAnsi: stored as UTF-16BE; appearances cannot be drawn with Helvetica, so NeedAppearances.
  const uni = await PDFDocument.load(fs.readFileSync(path.join(out, 'form-pdflib-empty.pdf')));
  const uform = uni.getForm();
  uform.getTextField('person.name').setText('Łukasz Ελληνικά 中文 😀');
  uform.getTextField('person.street').setText('Straße 1');
  fs.writeFileSync(path.join(out, 'form-pdflib-utf16.pdf'), await uni.save({ useObjectStreams: false, updateFieldAppearances: false }));

  // A text-only document drawn by pdf-lib with a standard font (WinAnsi, no /Widths).
  const text = await PDFDocument.create();
  const helv = await text.embedFont(StandardFonts.Helvetica);
  const times = await text.embedFont(StandardFonts.TimesRoman);
  const page = text.addPage([595, 842]);
  page.drawText('Bleiberecht fördern: Sitzung am 3. März', { x: 50, y: 780, size: 14, font: helv });
  page.drawText('Die Mitglieder beraten über Anträge.', { x: 50, y: 750, size: 11, font: times, color: rgb(0, 0, 0) });
  fs.writeFileSync(path.join(out, 'text-pdflib.pdf'), await text.save({ useObjectStreams: false }));
}

main().catch(e => { console.error(e); process.exit(1); });
