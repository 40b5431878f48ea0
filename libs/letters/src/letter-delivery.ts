import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { CaseAccess } from '@teilhabe/cases';
import { type Actor } from '@teilhabe/common';
import { JobHandler, JobName, type JobPayloads, type JobResult } from '@teilhabe/jobs';
import { MailService } from '@teilhabe/mail';
import { DataSource, type EntityManager } from 'typeorm';
import { Letter } from './entities/letter.entity';
import { LetterEvents } from './letter-events';
import { LettersService } from './letters.service';

/** Who mails the letters: on the timeline and in the audit log. */
export const MAIL_ACTOR: Actor = { id: null, name: 'System (E-Mail-Versand)' };

/**
 * Mails a queued letter, once. The letter's row is locked while the mail server is talked to
 * and marked sent in the same transaction once the server accepted the mail: a job delivered
 * twice waits for the lock and then finds the letter sent; a process killed mid-send leaves the
 * letter queued (nothing was accepted, or the server's acceptance never reached the row), and
 * the retried job sends it. What cannot be excluded is a crash in the instant between the
 * server's acceptance and the commit: that mail would go out twice, with the same Message-ID
 * (the letter's id), which mail programs recognise as one.
 */
@Injectable()
export class LetterDelivery {
  private readonly logger = new Logger('Letters');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly letters: LettersService,
    private readonly events: LetterEvents,
    private readonly cases: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  @JobHandler(JobName.LetterSend)
  async deliver({ letterId }: JobPayloads[JobName.LetterSend]): Promise<JobResult> {
    // Counted apart from the send, so that a try that broke off still shows.
    await this.dataSource.manager.increment(
      Letter,
      { id: letterId, status: 'queued' },
      'deliveryAttempts',
      1,
    );
    const listeners: { failed?: Error } = {};
    const result = await this.dataSource.transaction(async (m): Promise<JobResult> => {
      const letter = await m.findOne(Letter, {
        where: { id: letterId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!letter) return { skipped: 'no such letter' };
      if (letter.status === 'sent') {
        if (!letter.sentEventPending) return { skipped: 'already sent' };
        // The mail went out before; only its listeners failed: they run again, no mail.
        await this.emitSent(m, letter);
        await m.update(Letter, letter.id, { sentEventPending: false });
        return { listeners: 'run again' };
      }
      if (letter.status !== 'queued') return { skipped: letter.status };
      if (!letter.sentTo || !letter.pdf || !letter.subject) {
        throw new Error(`letter ${letterId} is queued without its rendering`);
      }
      const { reference } = await this.cases.find(m, letter.caseId, null);
      const sent = await this.mail.send({
        to: letter.sentTo,
        subject: letter.subject,
        text: letter.mailText ?? '',
        attachments: [
          {
            filename: `${this.letters.templates.title(letter.template)} ${reference}.pdf`,
            content: Buffer.from(letter.pdf, 'base64'),
            contentType: 'application/pdf',
          },
        ],
        id: letter.id,
      });
      letter.status = 'sent';
      letter.sentAt = new Date();
      letter.messageId = sent.messageId;
      await m.update(Letter, letter.id, {
        status: 'sent',
        sentAt: letter.sentAt,
        messageId: sent.messageId,
      });
      await this.cases.recordEvent(m, letter.caseId, MAIL_ACTOR, 'letter_sent', {
        letterId: letter.id,
        template: letter.template,
        recipient: letter.recipient,
        delivery: 'email',
        disclosed: letter.disclosed,
      });
      await this.audit.record(
        MAIL_ACTOR,
        {
          action: 'letter.mailed',
          recordType: 'case',
          recordId: letter.caseId,
          fields: ['letters'],
          details: { letterId: letter.id, messageId: sent.messageId },
        },
        m,
      );
      // The mail is out: a failing listener must not undo "sent" (the next try would mail
      // again). Its writes are rolled back to here, and it runs again on the job's next try.
      await m.query('SAVEPOINT letter_sent_listeners');
      try {
        await this.emitSent(m, letter);
        await m.query('RELEASE SAVEPOINT letter_sent_listeners');
      } catch (error) {
        await m.query('ROLLBACK TO SAVEPOINT letter_sent_listeners');
        await m.update(Letter, letter.id, { sentEventPending: true });
        listeners.failed = error instanceof Error ? error : new Error(String(error));
      }
      this.logger.log(`letter ${letter.id} mailed (${sent.messageId})`);
      return { messageId: sent.messageId };
    });
    if (listeners.failed) throw listeners.failed;
    return result;
  }

  private emitSent(m: EntityManager, letter: Letter): Promise<void> {
    return this.events.emitSent(
      {
        letterId: letter.id,
        caseId: letter.caseId,
        template: letter.template,
        recipient: letter.recipient,
        sentAt: letter.sentAt!,
      },
      m,
    );
  }
}
