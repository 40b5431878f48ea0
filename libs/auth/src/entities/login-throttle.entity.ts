import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per client address in the current window. Counted up before the password is
 * checked (and back down on success), so parallel guesses cannot slip past the limit.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' })
  address!: string;

  @Column({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  failures!: number;
}
