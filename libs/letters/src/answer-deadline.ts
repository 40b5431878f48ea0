import { Injectable } from '@nestjs/common';
import { FollowUpConfig } from '@teilhabe/config';
import { deadlineAfter, legalDay } from '@teilhabe/rules';
import { type LetterTemplate } from './letter-kinds';

/** When an answer to a letter of `template` sent at `sentAt` is due (YYYY-MM-DD, Berlin). */
export type AnswerDueDate = (template: LetterTemplate, sentAt: Date) => string;

/**
 * The date a letter asks an answer by: the last day of the deadline the follow-ups library
 * sets for it (FOLLOW_UP_PERIOD, after a reminder REMINDER_PERIOD), counted as § 26 SGB X
 * counts — the same function, so the letter prints the day its follow-up falls due. `use()`
 * replaces it (an office with other rules).
 */
@Injectable()
export class AnswerDeadline {
  private calculate: AnswerDueDate;

  constructor(config: FollowUpConfig) {
    this.calculate = (template, sentAt) => {
      const period = template === 'reminder' ? config.REMINDER_PERIOD : config.FOLLOW_UP_PERIOD;
      const deadline = deadlineAfter(sentAt, period);
      // A period under a day (for trying it out) ends on the day it passes.
      return deadline.endsOn ?? legalDay(deadline.dueAt);
    };
  }

  use(calculate: AnswerDueDate): void {
    this.calculate = calculate;
  }

  dueDate(template: LetterTemplate, sentAt: Date): string {
    return this.calculate(template, sentAt);
  }
}
