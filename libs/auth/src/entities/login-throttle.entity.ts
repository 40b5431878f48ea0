import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per client address and account in the current window. Counted up before the
 * password is checked (and back down on success), so parallel guesses cannot slip past the
 * limit. Counting per account too keeps one person behind a shared address (an office behind
 * a proxy) from locking everybody else out.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' })
  address!: string;

  /** The e-mail address tried, in lower case (also for addresses that have no account). */
  @PrimaryColumn({ type: 'text' })
  account!: string;

  @Column({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  failures!: number;
}
