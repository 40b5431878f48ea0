import { type RateLimit } from '@teilhabe/common';

/*
 * How often one client address (an IPv6 /64) may use the public form. Generous for a family or
 * a counselling office filling in the form for several families; tight for a script.
 */

/** Type-ahead: a parent types a few letters at a time, debounced in the form. */
export const FACILITY_SEARCHES: RateLimit = {
  bucket: 'public.facility-search',
  max: 120,
  windowSeconds: 10 * 60,
  message: (inTime) =>
    `Von Ihrem Internetanschluss kamen in kurzer Zeit sehr viele Suchanfragen. Bitte versuchen Sie es ${inTime} erneut.`,
};

/** Every sending of the form, valid or not. */
export const COMPLAINT_REQUESTS: RateLimit = {
  bucket: 'public.complaint-requests',
  max: 30,
  windowSeconds: 60 * 60,
  message: (inTime) =>
    `Von Ihrem Internetanschluss wurde das Formular in kurzer Zeit sehr oft gesendet. Bitte versuchen Sie es ${inTime} erneut.`,
};

/** Complaints that passed validation (a filled honeypot counts too). */
export const COMPLAINTS_FILED: RateLimit = {
  bucket: 'public.complaints',
  max: 10,
  windowSeconds: 24 * 60 * 60,
  message: (inTime) =>
    'Von Ihrem Internetanschluss wurden schon sehr viele Beschwerden gesendet. ' +
    `Bitte versuchen Sie es ${inTime} erneut, oder wenden Sie sich per Telefon, E-Mail oder ` +
    'Brief an das Landesjugendamt.',
};
