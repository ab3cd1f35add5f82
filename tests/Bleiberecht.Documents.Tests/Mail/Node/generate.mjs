// Generates e-mails with nodemailer (a real mail library) for the MIME reader tests.
// Usage: node generate.mjs PDF_FILE  -> prints a JSON object { name: base64 of the raw message }.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';

const pdf = readFileSync(process.argv[2]);
const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
const lfTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
const date = new Date('2026-11-17T08:30:00Z');

const longName = 'Einverständniserklärung_Datenschutz_und_Schweigepflichtentbindung_Familie_Şükrü_Öztürk_Dortmund_2026.pdf';

const messages = {
  'umlaut-subject-long-filename': {
    from: '"Jörg Müller (AWO)" <joerg.mueller@AWO-Dortmund.de>',
    to: 'bleiberecht@dortmund.de',
    subject: 'Kurzantrag für Familie Öztürk – Härtefall, bitte dringend prüfen (Abschiebetermin steht fest)',
    date,
    messageId: '<nodemailer-1@awo-dortmund.de>',
    text: 'Sehr geehrte Damen und Herren,\n\nanbei Kurzantrag und Einverständniserklärung.\n\nMit freundlichen Grüßen\nJörg Müller',
    attachments: [{ filename: longName, content: pdf, contentType: 'application/pdf' }],
  },
  'html-only-emoji-filename': {
    from: { name: 'Ünal, Ayşe', address: 'ayse.uenal@diakonie-dortmund.de' },
    to: 'bleiberecht@dortmund.de',
    subject: 'Antrag 📄 Frau Ünal',
    date,
    messageId: '<nodemailer-2@diakonie-dortmund.de>',
    html: '<p>Guten Tag,</p><p>anbei der Antrag f&uuml;r Frau &Uuml;nal.</p><script>alert(1)</script>',
    attachments: [{ filename: 'Antrag 📄 Ünal.pdf', content: pdf }],
  },
  'alternative-two-pdfs-base64-text': {
    from: 'kim@dortmund.de',
    to: 'bleiberecht@dortmund.de',
    cc: ['Sekretariat <sekretariat@dortmund.de>', 'abh@dortmund.de'],
    replyTo: 'Fallmanagement <fallmanagement@dortmund.de>',
    inReplyTo: '<case-BF-2026-0042@bleiberecht.dortmund.de>',
    subject: 'Nachreichung BF-2026-0042',
    date,
    messageId: '<nodemailer-3@dortmund.de>',
    textEncoding: 'base64',
    text: 'Nachreichung: zwei Dokumente (Kurzantrag, Einverständnis).',
    html: '<b>Nachreichung</b>: zwei Dokumente.',
    attachments: [
      { filename: 'Kurzantrag.pdf', content: pdf },
      { filename: 'Einverständnis.pdf', content: pdf, contentDisposition: 'inline' },
      { filename: 'notiz.txt', content: 'keine PDF-Datei' },
    ],
  },
  'forwarded-rfc822': {
    from: 'kim@dortmund.de',
    to: 'bleiberecht@dortmund.de',
    subject: 'Fwd: Antrag',
    date,
    messageId: '<nodemailer-4@dortmund.de>',
    text: 'Siehe weitergeleitete Nachricht.',
    attachments: [{ filename: 'original.eml', contentType: 'message/rfc822', content: 'FORWARDED' }],
  },
  'lf-newlines-quoted-printable': {
    transport: 'lf',
    from: '"Müller, Jörg" <joerg@example.org>',
    to: 'bleiberecht@dortmund.de',
    subject: 'Zeilenenden nur LF – äöüß',
    date,
    messageId: '<nodemailer-5@example.org>',
    textEncoding: 'quoted-printable',
    text: 'Eine sehr lange Zeile mit Umlauten äöüß, die über achtundsiebzig Zeichen hinausgeht und deshalb weich umbrochen werden muss.',
    attachments: [{ filename: 'Größe & Maße; "Test".pdf', content: pdf }],
  },
};

async function build(options) {
  const { transport: which, ...mail } = options;
  const info = await (which === 'lf' ? lfTransport : transport).sendMail(mail);
  return info.message;
}

// The forwarded message is itself a nodemailer message.
const inner = await build({
  from: 'beratung@example.org',
  to: 'kim@dortmund.de',
  subject: 'Antrag Herr Ç.',
  date,
  text: 'Innerer Text.',
  attachments: [{ filename: 'Kurzantrag_Ç.pdf', content: pdf }],
});
messages['forwarded-rfc822'].attachments[0].content = inner;

const result = {};
for (const [name, options] of Object.entries(messages)) {
  result[name] = (await build(options)).toString('base64');
}
process.stdout.write(JSON.stringify(result));
