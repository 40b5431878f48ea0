import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing mail (SMTP), for letters and notices. */
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
