import { type RateLimit } from '@teilhabe/common';

/*
 * How often one client address (an IPv6 /64) may use answer links: plenty for a provider's
 * office, nothing for someone trying tokens (128 random bits each).
 */

export const ANSWER_PAGE_READS: RateLimit = {
  bucket: 'public.answer-reads',
  max: 60,
  windowSeconds: 10 * 60,
  message: (inTime) =>
    `Von Ihrem Internetanschluss kamen in kurzer Zeit sehr viele Aufrufe. Bitte versuchen Sie es ${inTime} erneut.`,
};

export const ANSWER_SUBMISSIONS: RateLimit = {
  bucket: 'public.answer-submissions',
  max: 20,
  windowSeconds: 60 * 60,
  message: (inTime) =>
    `Von Ihrem Internetanschluss wurden in kurzer Zeit sehr viele Antworten gesendet. Bitte versuchen Sie es ${inTime} erneut.`,
};
