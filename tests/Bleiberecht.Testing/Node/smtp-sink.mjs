// A real SMTP server (smtp-server) for tests: started by SmtpSinkFixture on a free port. Every accepted message is
// written to --dir as NNNNNN.json { from, to: [...], user, tls, data: base64 } (written to a temporary name, then
// renamed, so a reader never sees half a file). Recipients whose local part starts with "refuse" get 550.
// Arguments: --port N --dir DIR [--user U --password P] [--starttls]
import { SMTPServer } from 'smtp-server';
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : undefined; };
const port = Number(option('port'));
const dir = option('dir');
const user = option('user');
const password = option('password');
const startTls = args.includes('--starttls');
let sequence = 0;

const server = new SMTPServer({
  logger: false,
  authOptional: true,
  allowInsecureAuth: true,
  authMethods: ['PLAIN', 'LOGIN'],
  disabledCommands: [...(startTls ? [] : ['STARTTLS']), ...(user ? [] : ['AUTH'])],
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      callback(null, { user: auth.username });
    } else {
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    }
  },
  onRcptTo(address, session, callback) {
    if (/^refuse/i.test(address.address)) {
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    } else {
      callback();
    }
  },
  onData(stream, session, callback) {
    const parts = [];
    stream.on('data', (d) => parts.push(d));
    stream.on('end', () => {
      const name = String(++sequence).padStart(6, '0');
      const record = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || null,
        tls: !!session.secure,
        data: Buffer.concat(parts).toString('base64'),
      };
      writeFileSync(join(dir, name + '.tmp'), JSON.stringify(record));
      renameSync(join(dir, name + '.tmp'), join(dir, name + '.json'));
      callback(null, 'queued as ' + name);
    });
  },
});
server.on('error', (e) => process.stderr.write(String(e) + '\n'));
server.listen(port, '127.0.0.1', () => process.stdout.write('listening ' + port + '\n'));
