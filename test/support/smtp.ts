import { type ParsedMail, simpleParser } from 'mailparser';
import { type AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A mail as the SMTP server received it, parsed (attachments included). */
export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

export interface TestSmtp {
  /** SMTP_URL for the app. */
  url: string;
  /** Every mail accepted so far, in order. */
  mails: ReceivedMail[];
  /** Waits until `count` mails have been accepted (at most `ms`), and returns them. */
  waitForMails(count: number, ms?: number): Promise<ReceivedMail[]>;
  /**
   * Holds the answer to the next message's data until `release` is called: the client sits
   * in the middle of the send, with nothing accepted yet.
   */
  holdNext(): { reached: Promise<void>; release: () => void };
  close(): Promise<void>;
}

/** A real SMTP server on a free port of the loopback, started by the test (smtp-server). */
export async function startSmtpServer(): Promise<TestSmtp> {
  const mails: ReceivedMail[] = [];
  let hold: { reached: () => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const pending = hold;
      hold = null;
      simpleParser(stream)
        .then(async (parsed) => {
          if (pending) {
            pending.reached();
            await pending.released;
          }
          // A client that went away while held never learns of an acceptance: nothing arrived.
          if ((session as unknown as { closed?: boolean }).closed) return callback();
          mails.push(
            Object.assign(parsed, {
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            }),
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
    onClose(session) {
      (session as unknown as { closed?: boolean }).closed = true;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitForMails(count, ms = 15_000) {
      const until = Date.now() + ms;
      while (mails.length < count) {
        if (Date.now() > until) {
          throw new Error(`expected ${count} mails, got ${mails.length} within ${ms} ms`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return mails.slice(0, count);
    },
    holdNext() {
      let reached!: () => void;
      let release!: () => void;
      const reachedPromise = new Promise<void>((r) => (reached = r));
      const released = new Promise<void>((r) => (release = r));
      hold = { reached, released };
      return { reached: reachedPromise, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
