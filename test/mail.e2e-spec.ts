import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@teilhabe/config';
import { MailModule, MailService } from '@teilhabe/mail';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_CRYPTO_ENV } from './support/environment';
import { startSmtpServer, type TestSmtp } from './support/smtp';

/** The mail service alone, with the configuration of `env`. */
async function mailer(env: Record<string, string>) {
  @Module({
    imports: [ConfigModule.forRoot(loadConfig({ ...TEST_CRYPTO_ENV, ...env })), MailModule],
  })
  class MailTestModule {}
  const app = await NestFactory.createApplicationContext(MailTestModule, { logger: false });
  return { mail: app.get(MailService), close: () => app.close() };
}

describe('outgoing mail', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('goes over SMTP from LETTER_FROM, with its attachment and names as typed', async () => {
    const { mail, close } = await mailer({
      SMTP_URL: smtp.url,
      LETTER_FROM: 'Landesjugendamt Rheinland <teilhabe@lvr.example>',
    });
    try {
      await mail.send({
        to: 'kita@traeger.example',
        subject: 'Beratungsschreiben 42.22-2026-000001 – Łukasz Ğündoğan',
        text: 'Sehr geehrte Damen und Herren,\n\nanbei unser Schreiben.',
        attachments: [
          {
            filename: 'schreiben.pdf',
            content: Buffer.from('%PDF-1.7'),
            contentType: 'application/pdf',
          },
        ],
        id: 'letter-1',
      });
      const [received] = await smtp.waitForMails(1);
      expect(received.envelopeTo).toEqual(['kita@traeger.example']);
      expect(received.from?.value).toEqual([
        { name: 'Landesjugendamt Rheinland', address: 'teilhabe@lvr.example' },
      ]);
      expect(received.subject).toBe('Beratungsschreiben 42.22-2026-000001 – Łukasz Ğündoğan');
      expect(received.messageId).toBe('<letter-1@lvr.example>');
      expect(received.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
        ['schreiben.pdf', '%PDF-1.7'],
      ]);
    } finally {
      await close();
    }
  });

  it('is written to MAIL_DIR without SMTP_URL outside production, and refused in production', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teilhabe-mail-'));
    try {
      const dev = await mailer({ MAIL_DIR: dir });
      const sent = await dev.mail.send({
        to: 'eltern@example.org',
        subject: 'Eingang',
        text: 'Danke.',
      });
      await dev.close();
      expect(readdirSync(dir)).toHaveLength(1);
      expect(sent.file).toBeDefined();
      expect(readFileSync(sent.file!, 'utf8')).toContain('Subject: Eingang');

      const production = await mailer({ NODE_ENV: 'production' });
      expect(production.mail.available).toBe(false);
      await expect(
        production.mail.send({ to: 'eltern@example.org', subject: 'x', text: 'y' }),
      ).rejects.toMatchObject({ code: 'mail_unavailable' });
      await production.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
