// Sends a raw message (base64 on stdin) through a real SMTP conversation: nodemailer's SMTP client to an
// smtp-server on a free port. Prints JSON: { received: base64 of what the server got, maxLine, eightBit }.
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const raw = Buffer.from(Buffer.concat(chunks).toString('ascii').trim(), 'base64');

let resolveReceived;
const received = new Promise((resolve) => { resolveReceived = resolve; });
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const parts = [];
    stream.on('data', (d) => parts.push(d));
    stream.on('end', () => {
      resolveReceived({ data: Buffer.concat(parts), from: session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) });
      callback(null, 'queued');
    });
  },
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.server.address();

const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
const info = await transport.sendMail({ envelope: { from: 'bleiberecht@dortmund.de', to: ['joerg.mueller@awo-dortmund.de'] }, raw });
const got = await received;
server.close();

const lines = got.data.toString('latin1').split('\r\n');
process.stdout.write(JSON.stringify({
  response: info.response,
  envelopeFrom: got.from,
  envelopeTo: got.to,
  received: got.data.toString('base64'),
  maxLine: Math.max(...lines.map((l) => l.length)),
  eightBit: got.data.some((b) => b > 127),
  bareLf: /[^\r]\n/.test(got.data.toString('latin1')),
}));
