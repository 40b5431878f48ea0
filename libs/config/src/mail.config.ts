import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { Secret } from './secret.decorator';

/** Where mail goes: letters to providers and parents, notices to the office. */
export class MailConfig {
  /**
   * SMTP server, e.g. smtp://user:pass@mail.lvr.example:587 (smtps:// for TLS from the start).
   * Unset: outside production, mails are written as .eml files to MAIL_DIR; in production,
   * e-mail is refused (letters go by post) until it is set.
   */
  @Secret()
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'must be an SMTP URL such as smtp://user:password@mail.example:587',
  })
  SMTP_URL?: string;

  /** The sender of letters and notices, e.g. "Landesjugendamt Rheinland <teilhabe@lvr.example>". */
  @IsString()
  @MinLength(3, { message: 'must be a sender address such as Name <teilhabe@lvr.example>' })
  LETTER_FROM = 'Landesjugendamt Rheinland <teilhabe@localhost>';

  /** Without SMTP_URL (development): the folder the mails are written to. */
  @IsString()
  @MinLength(1, { message: 'must be a folder' })
  MAIL_DIR = './data/mail';
}
