import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig, MailConfig } from '@teilhabe/config';
import { DomainException } from '@teilhabe/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

/** One mail: to whom, what, and files to attach (a letter's PDF). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /**
   * A stable id (e.g. the letter's): sent as the Message-ID, so that a mail sent again after a
   * crash is recognisably the same mail.
   */
  id?: string;
}

export interface SentMail {
  messageId: string;
  /** Where a development mail was written instead of being sent (no SMTP_URL). */
  file?: string;
}

/**
 * Sends mail over SMTP (SMTP_URL). Without it, outside production, each mail is written as an
 * .eml file to MAIL_DIR, so the embedded default shows what would have gone out.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly config: MailConfig,
    app: AppConfig,
  ) {
    this.transport = config.SMTP_URL
      ? createTransport(config.SMTP_URL, { from: config.LETTER_FROM })
      : app.isProduction
        ? null
        : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Whether mail can go out at all (in production only with SMTP_URL). */
  get available(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<SentMail> {
    if (!this.transport) throw mailUnavailable();
    const domain = this.config.LETTER_FROM.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
    const info = (await this.transport.sendMail({
      from: this.config.LETTER_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments,
      ...(mail.id ? { messageId: `<${mail.id}@${domain}>` } : {}),
    })) as { messageId: string; message?: Buffer };
    if (this.config.SMTP_URL || !info.message) return { messageId: info.messageId };
    const dir = resolve(this.config.MAIL_DIR);
    await mkdir(dir, { recursive: true });
    const file = join(
      dir,
      `${new Date().toISOString().replaceAll(':', '-')}-${mail.id ?? 'mail'}.eml`,
    );
    await writeFile(file, info.message);
    this.logger.log(`No SMTP_URL: the mail to ${mail.to} was written to ${file}`);
    return { messageId: info.messageId, file };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

export const mailUnavailable = () =>
  new DomainException(
    'conflict',
    'mail_unavailable',
    'Es ist kein Mailserver eingerichtet (SMTP_URL). Bitte versenden Sie das Schreiben per Post.',
  );
