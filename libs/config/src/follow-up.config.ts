import { Matches } from 'class-validator';

const PERIOD = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const MESSAGE = 'must be an ISO 8601 duration such as P14D, P2W or PT5S';

/** Deadlines (Wiedervorlage) for the provider's answer to a letter. */
export class FollowUpConfig {
  /** How long a provider has to answer an advisory letter or a statement request. */
  @Matches(PERIOD, { message: MESSAGE })
  FOLLOW_UP_PERIOD = 'P14D';

  /** How long after a reminder before the case is escalated to the team lead. */
  @Matches(PERIOD, { message: MESSAGE })
  REMINDER_PERIOD = 'P7D';
}
