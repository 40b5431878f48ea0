// The public API of @teilhabe/mail: what other libraries and the apps use, and nothing more.
export { MailModule } from './mail.module';
export { type Mail, MailService, mailUnavailable, type SentMail } from './mail.service';
