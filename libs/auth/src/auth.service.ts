import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Actor } from '@teilhabe/common';
import { DataSource, type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import { badCredentials, badRefreshToken, tooManyAttempts } from './auth.exception';
import { Session } from './entities/session.entity';
import { User, type UserRole } from './entities/user.entity';
import { DUMMY_HASH, verifyPassword } from './password';
import { newToken, tokenHash } from './tokens';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const SESSION_SECONDS = 12 * 60 * 60;
/** From this many failures in a row the account is locked, for 30 s, doubling up to an hour. */
export const LOCK_AFTER_FAILURES = 5;
/** Failed sign-ins from one address within the window before it has to wait. */
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

export interface UserView {
  id: string;
  email: string;
  role: UserRole;
  districtIds: string[];
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
    const normalised = email.trim().toLowerCase();
    const attempt: Actor = { id: null, name: normalised, requestId: context.requestId };
    await this.reserveAddress(context.ip);
    const found = await this.dataSource.getRepository(User).findOneBy({ email: normalised });
    if (!found) {
      // Verify anyway, so that timing does not tell which addresses exist.
      await verifyPassword(password, DUMMY_HASH);
      await this.failed(attempt, context, 'unknown');
      throw badCredentials();
    }
    // Attempts on one account wait for each other on its row: parallel guesses each see the
    // failures counted before them, and the lock once it is set.
    const outcome = await this.dataSource.transaction(async (m) => {
      const user = await m.findOneOrFail(User, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const locked = user.lockedUntil !== null && user.lockedUntil > now;
      const valid = await verifyPassword(password, (!locked && user.passwordHash) || DUMMY_HASH);
      if (valid && !locked && !user.disabledAt) {
        return { session: await this.openSession(m, user, context, 'password') };
      }
      if (!locked) {
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
      await this.failed({ ...attempt, id: user.id }, context, locked ? 'locked' : 'password', m);
      return { session: null };
    });
    // The same answer whether the account exists, is locked or the password is wrong.
    if (!outcome.session) throw badCredentials();
    await this.dataSource.query(
      'UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE address = $1',
      [context.ip],
    );
    return outcome.session;
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

  /** Brute force from one address: too many failures in the window make it wait. */
  private async reserveAddress(ip: string): Promise<void> {
    const [{ failures }] = await this.dataSource.query<{ failures: number }[]>(
      `INSERT INTO login_throttle (address, window_start, failures) VALUES ($1, now(), 1)
       ON CONFLICT (address) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start < now() - make_interval(secs => $2)
                         THEN 1 ELSE login_throttle.failures + 1 END,
         window_start = CASE WHEN login_throttle.window_start < now() - make_interval(secs => $2)
                             THEN now() ELSE login_throttle.window_start END
       RETURNING failures`,
      [ip, ADDRESS_WINDOW_SECONDS],
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

  /** A new access token (and refresh token) for a refresh token; the old ones stop working. */
  async refresh(
    refreshToken: string,
  ): Promise<{ accessToken: string; refreshToken: string; expiresIn: number }> {
    return this.dataSource.transaction(async (m) => {
      const session = await m.getRepository(Session).findOne({
        where: {
          refreshHash: tokenHash(refreshToken),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        relations: { user: true },
        lock: { mode: 'pessimistic_write', tables: ['sessions'] },
      });
      if (!session || session.user.disabledAt) throw badRefreshToken();
      const accessToken = newToken('tha');
      const next = newToken('thr');
      await m.update(Session, session.id, {
        accessHash: tokenHash(accessToken),
        accessExpiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000),
        refreshHash: tokenHash(next),
      });
      return { accessToken, refreshToken: next, expiresIn: ACCESS_TOKEN_SECONDS };
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

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, role: user.role, districtIds: user.districtIds };
}
