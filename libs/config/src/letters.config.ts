import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** ISO 8601 durations in weeks, days, hours, minutes and seconds (no months or years). */
export const ISO_DURATION = /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const DURATION_MESSAGE = 'must be an ISO 8601 duration such as P14D, P8W or PT5S';

/**
 * The office that writes the letters (letterhead, information block, footer), where the
 * provider's answer links point and how long they work. (The answer periods the letters give
 * are the deadlines' own: FollowUpConfig.)
 */
export class LettersConfig {
  /** First line of the letterhead and the return address. */
  @IsString()
  @MinLength(3, { message: 'must name the office, e.g. LVR-Landesjugendamt Rheinland' })
  @MaxLength(80, { message: 'must be at most 80 characters' })
  OFFICE_NAME = 'LVR-Landesjugendamt Rheinland';

  /** Street, postal code and town in one line: "Kennedy-Ufer 2, 50679 Köln". */
  @Matches(/^[^,\n]{3,80}, \d{5} [^,\n]{2,60}$/, {
    message: 'must be "street, postal code town", e.g. "Kennedy-Ufer 2, 50679 Köln"',
  })
  OFFICE_ADDRESS = 'Kennedy-Ufer 2, 50679 Köln';

  /** The office's telephone number in the information block and the footer. */
  @Matches(/^[0-9 +()/-]{5,30}$/, { message: 'must be a telephone number such as 0221 809-0' })
  OFFICE_PHONE = '0221 809-0';

  /**
   * Where the web app is reached from outside, without a trailing slash: the provider's
   * answer link is `${PUBLIC_URL}/antwort/<token>`, the caseworker's notice links the case.
   */
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*[^\s?#/])?$/, {
    message: 'must be the web address of the app without a trailing slash',
  })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  /** How long an answer link works after the letter carrying it was sent. */
  @Matches(ISO_DURATION, { message: DURATION_MESSAGE })
  ANSWER_LINK_VALIDITY = 'P8W';

  /**
   * A folder with the office's own letter templates (the same file names as the built-in ones
   * in libs/letters/templates); unset: the built-in templates.
   */
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must be a folder' })
  LETTER_TEMPLATES_DIR?: string;
}

/** A duration as ISO_DURATION allows it, in milliseconds. */
export function durationMs(value: string): number {
  const match = ISO_DURATION.exec(value);
  if (!match) throw new Error(`not an ISO 8601 duration: ${value}`);
  const part = (text: string | undefined) => (text ? Number(text.slice(0, -1)) : 0);
  const [, w, d, , h, m, s] = match;
  return ((((part(w) * 7 + part(d)) * 24 + part(h)) * 60 + part(m)) * 60 + part(s)) * 1000;
}
