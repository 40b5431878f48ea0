import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Actor, InvalidInputException } from '@teilhabe/common';
import { DataSource, type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import {
  accountLocked,
  badCredentials,
  badRefreshToken,
  passwordChangeRequired,
  tooManyAttempts,
} from './auth.exception';
import { toUserView, type UserView } from './auth.views';
import { Session } from './entities/session.entity';
import { User, type UserRole } from './entities/user.entity';
import { UsedRefreshToken } from './entities/used-refresh-token.entity';
import { DUMMY_HASH, hashPassword, passwordProblems, verifyPassword } from './password';
import { newToken, tokenHash } from './tokens';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const SESSION_SECONDS = 12 * 60 * 60;
/** From this many failures in a row the account is locked, for 30 s, doubling up to an hour. */
export const LOCK_AFTER_FAILURES = 5;
/** Failed sign-ins on one account from one address within the window before they wait. */
export const MAX_FAILURES_PER_ADDRESS = 20;
const ADDRESS_WINDOW_SECONDS = 10 * 60;

/** The signed-in user as the rest of the system sees it. */
export interface Principal extends Actor {
  id: string;
  email: string;
  role: UserRole;
  districtIds: string[];
  sessionId: string;
  via: 'bearer' | 'cookie';
}

export interface IssuedSession {
  user: UserView;
  accessToken: string;
  refreshToken: string;
  cookieToken: string;
  csrfToken: string;
  /** Seconds the access token is valid. */
  expiresIn: number;
  sessionExpiresAt: Date;
}

export interface SignInContext {
  ip: string;
  requestId?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, context: SignInContext): Promise<IssuedSession> {
    const outcome = await this.withCredentials(email, password, context, async (m, user) => {
      if (user.passwordMustChange) {
        await this.failed(actorOf(user, context), context, 'password_change_required', m);
        return null;
      }
      return this.openSession(m, user, context, 'password');
    });
    if (!outcome) throw passwordChangeRequired();
    return outcome;
  }

  /**
   * Replaces the password of a user who proves the current one, the only way past a one-time
   * password an administrator set. Every session of the account ends.
   */
  async changePassword(
    email: string,
    password: string,
    newPassword: string,
    context: SignInContext,
  ): Promise<void> {
    const problems = passwordProblems(newPassword, email.trim().toLowerCase());
    if (newPassword === password) problems.push('darf nicht das bisherige Passwort sein.');
    if (problems.length > 0) {
      throw new InvalidInputException(
        problems.map((message) => ({ field: 'newPassword', code: 'password_policy', message })),
      );
    }
    const passwordHash = await hashPassword(newPassword);
    await this.withCredentials(email, password, context, async (m, user) => {
      await m.update(User, user.id, { passwordHash, passwordMustChange: false });
      await m.update(Session, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        actorOf(user, context),
        {
          action: 'auth.password_change',
          recordType: 'user',
          recordId: user.id,
          fields: ['password'],
          details: { ip: context.ip, oneTime: user.passwordMustChange },
        },
        m,
      );
    });
  }

  /**
   * Runs `then` for a user whose e-mail address and password are right, inside a transaction
   * holding the user's row; counts the failure otherwise. Attempts on one account wait for each
   * other on that row: parallel guesses each see the failures counted before them, and the
   * lock once it is set. Only who knows the password learns that the account is locked.
   */
  private async withCredentials<T>(
    email: string,
    password: string,
    context: SignInContext,
    then: (m: EntityManager, user: User) => Promise<T>,
  ): Promise<T> {
    const normalised = email.trim().toLowerCase();
    const attempt: Actor = { id: null, name: normalised, requestId: context.requestId };
    await this.reserveAttempt(context.ip, normalised);
    const found = await this.dataSource.getRepository(User).findOneBy({ email: normalised });
    if (!found) {
      // Verify anyway, so that timing does not tell which addresses exist.
      await verifyPassword(password, DUMMY_HASH);
      await this.failed(attempt, context, 'unknown');
      throw badCredentials();
    }
    const outcome = await this.dataSource.transaction(async (m) => {
      const user = await m.findOneOrFail(User, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const lockedUntil =
        user.lockedUntil !== null && user.lockedUntil > now ? user.lockedUntil : null;
      const valid = await verifyPassword(password, user.passwordHash || DUMMY_HASH);
      if (valid && !user.disabledAt) {
        if (lockedUntil) {
          await this.failed({ ...attempt, id: user.id }, context, 'locked', m);
          return { lockedUntil };
        }
        return { done: true as const, result: await then(m, user) };
      }
      if (!lockedUntil) {
        const failures = user.failedLogins + 1;
        const seconds =
          failures >= LOCK_AFTER_FAILURES
            ? Math.min(30 * 2 ** (failures - LOCK_AFTER_FAILURES), 3600)
            : 0;
        await m.update(User, user.id, {
          failedLogins: failures,
          lockedUntil: seconds ? new Date(now.getTime() + seconds * 1000) : null,
        });
      }
      await this.failed(
        { ...attempt, id: user.id },
        context,
        lockedUntil ? 'locked' : 'password',
        m,
      );
      return {};
    });
    if (outcome.lockedUntil) throw accountLocked(outcome.lockedUntil);
    // The same answer whether the account exists, is disabled or the password is wrong.
    if (!('done' in outcome)) throw badCredentials();
    await this.dataSource.query(
      `UPDATE login_throttle SET failures = greatest(failures - 1, 0)
       WHERE address = $1 AND account = $2`,
      [context.ip, normalised],
    );
    return outcome.result as T;
  }

  /** Signs in a user that an identity provider vouched for (single sign-on). */
  async loginTrusted(user: User, context: SignInContext, method: string): Promise<IssuedSession> {
    return this.dataSource.transaction((m) => this.openSession(m, user, context, method));
  }

  /** Opens a session for a user whose identity was proven, and audits the sign-in. */
  private async openSession(
    m: EntityManager,
    user: User,
    context: SignInContext,
    method: string,
  ): Promise<IssuedSession> {
    await m.update(User, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    const issued = await this.issue(m.getRepository(Session), user);
    await this.audit.record(
      { id: user.id, name: user.email, requestId: context.requestId },
      {
        action: 'auth.login',
        recordType: 'user',
        recordId: user.id,
        details: { ip: context.ip, method },
      },
      m,
    );
    return issued;
  }

  /**
   * Brute force on one account from one address: too many failures in the window make that
   * pair wait. Other accounts at the same address (colleagues behind one proxy) are not held up.
   */
  private async reserveAttempt(ip: string, account: string): Promise<void> {
    const [{ failures }] = await this.dataSource.query<{ failures: number }[]>(
      `INSERT INTO login_throttle (address, account, window_start, failures)
       VALUES ($1, $3, now(), 1)
       ON CONFLICT (address, account) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start < now() - make_interval(secs => $2)
                         THEN 1 ELSE login_throttle.failures + 1 END,
         window_start = CASE WHEN login_throttle.window_start < now() - make_interval(secs => $2)
                             THEN now() ELSE login_throttle.window_start END
       RETURNING failures`,
      [ip, ADDRESS_WINDOW_SECONDS, account],
    );
    if (failures > MAX_FAILURES_PER_ADDRESS) throw tooManyAttempts(ADDRESS_WINDOW_SECONDS);
  }

  async authenticateBearer(token: string): Promise<Principal | null> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: {
        accessHash: tokenHash(token),
        revokedAt: IsNull(),
        accessExpiresAt: MoreThan(new Date()),
      },
      relations: { user: true },
    });
    return session ? principal(session, 'bearer') : null;
  }

  async authenticateCookie(token: string): Promise<(Principal & { csrfHash: string }) | null> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { cookieHash: tokenHash(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session) return null;
    const p = principal(session, 'cookie');
    return p && { ...p, csrfHash: session.csrfHash };
  }

  /**
   * A new access token (and refresh token) for a refresh token; the old ones stop working. A
   * refresh token that was exchanged before means a copy is in other hands: the whole session
   * ends (access and refresh token and the web UI's cookie), and the reuse is audited.
   */
  async refresh(
    refreshToken: string,
    context: SignInContext,
  ): Promise<{ accessToken: string; refreshToken: string; expiresIn: number }> {
    const hash = tokenHash(refreshToken);
    const outcome = await this.dataSource.transaction(async (m) => {
      const session = await m.getRepository(Session).findOne({
        where: { refreshHash: hash, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        relations: { user: true },
        lock: { mode: 'pessimistic_write', tables: ['sessions'] },
      });
      if (!session || session.user.disabledAt) return null;
      const accessToken = newToken('tha');
      const next = newToken('thr');
      await m.insert(UsedRefreshToken, { hash, sessionId: session.id });
      await m.update(Session, session.id, {
        accessHash: tokenHash(accessToken),
        accessExpiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000),
        refreshHash: tokenHash(next),
      });
      return { accessToken, refreshToken: next, expiresIn: ACCESS_TOKEN_SECONDS };
    });
    if (outcome) return outcome;
    await this.revokeOnReuse(hash, context);
    throw badRefreshToken();
  }

  private async revokeOnReuse(hash: string, context: SignInContext): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const used = await m.findOne(UsedRefreshToken, {
        where: { hash },
        relations: { session: { user: true } },
      });
      if (!used) return;
      const { session } = used;
      const ended = await m.update(
        Session,
        { id: session.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.record(
        { id: session.user.id, name: session.user.email, requestId: context.requestId },
        {
          action: 'auth.refresh_reused',
          recordType: 'user',
          recordId: session.user.id,
          details: { ip: context.ip, sessionId: session.id, sessionEnded: ended.affected === 1 },
        },
        m,
      );
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.update(Session, principal.sessionId, { revokedAt: new Date() });
      await this.audit.record(
        principal,
        { action: 'auth.logout', recordType: 'user', recordId: principal.id },
        m,
      );
    });
  }

  private async issue(sessions: Repository<Session>, user: User): Promise<IssuedSession> {
    const accessToken = newToken('tha');
    const refreshToken = newToken('thr');
    const cookieToken = newToken('ths');
    const csrfToken = newToken('thc');
    const now = Date.now();
    const sessionExpiresAt = new Date(now + SESSION_SECONDS * 1000);
    await sessions.insert({
      userId: user.id,
      accessHash: tokenHash(accessToken),
      accessExpiresAt: new Date(now + ACCESS_TOKEN_SECONDS * 1000),
      refreshHash: tokenHash(refreshToken),
      cookieHash: tokenHash(cookieToken),
      csrfHash: tokenHash(csrfToken),
      expiresAt: sessionExpiresAt,
    });
    return {
      user: toUserView(user),
      accessToken,
      refreshToken,
      cookieToken,
      csrfToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
      sessionExpiresAt,
    };
  }

  private async failed(
    actor: Actor,
    context: SignInContext,
    reason: string,
    manager?: EntityManager,
  ): Promise<void> {
    await this.audit.record(
      actor,
      {
        action: 'auth.login_failed',
        recordType: actor.id ? 'user' : undefined,
        recordId: actor.id ?? undefined,
        details: { ip: context.ip, reason },
      },
      manager,
    );
  }
}

function actorOf(user: User, context: SignInContext): Actor {
  return { id: user.id, name: user.email, requestId: context.requestId };
}

function principal(session: Session, via: 'bearer' | 'cookie'): Principal | null {
  const user = session.user;
  if (user.disabledAt) return null;
  return {
    id: user.id,
    name: user.email,
    email: user.email,
    role: user.role,
    districtIds: user.districtIds,
    sessionId: session.id,
    via,
  };
}
