import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import {
  type Actor,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainException,
  InvalidInputException,
  type Page,
  toPage,
} from '@teilhabe/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Session } from './entities/session.entity';
import { type AccountView, toAccountView } from './auth.views';
import { User, type UserRole } from './entities/user.entity';
import { hashPassword, passwordProblems } from './password';
import { CASE_ROLES } from './roles.decorator';

export interface UpdateUser {
  role?: UserRole;
  districtIds?: string[];
  password?: string;
  disabled?: boolean;
}

export interface NewUser {
  email: string;
  password?: string;
  /**
   * The person whose account it is chose the password (the command line at the server, the
   * demo). Otherwise it is a one-time password: it only lets them set a password of their own.
   */
  ownPassword?: boolean;
  role: UserRole;
  districtIds: string[];
}

/** A person a case can be assigned to. */
export interface StaffMember {
  id: string;
  email: string;
  role: UserRole;
}

/** Of these district ids, the ones that exist. */
export type DistrictCheck = (ids: string[]) => Promise<string[]>;

@Injectable()
export class UsersService {
  private districtCheck: DistrictCheck | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(input: NewUser, actor: Actor): Promise<AccountView> {
    const email = input.email.trim().toLowerCase();
    if (input.password !== undefined) checkPassword(input.password, email);
    await this.checkDistricts(input.districtIds);
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(User, { email })) {
        throw new DomainException(
          'conflict',
          'user_exists',
          'Ein Konto mit dieser E-Mail-Adresse gibt es bereits.',
        );
      }
      // A password an administrator chose is known to them: it only lets the user set their own.
      const oneTime = passwordHash !== null && !input.ownPassword;
      const user = m.create(User, {
        email,
        passwordHash,
        passwordMustChange: oneTime,
        role: input.role,
        districtIds: input.districtIds,
      });
      await m.save(user);
      await this.audit.record(
        actor,
        {
          action: 'user.create',
          recordType: 'user',
          recordId: user.id,
          fields: ['email', 'role', 'districtIds', ...(passwordHash ? ['password'] : [])],
          details: {
            role: input.role,
            districtIds: input.districtIds,
            ...(passwordHash ? { oneTimePassword: oneTime } : {}),
          },
        },
        m,
      );
      return toAccountView(user);
    });
  }

  async list(query: {
    role?: UserRole;
    cursor?: string;
    limit?: number;
  }): Promise<Page<AccountView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.email', 'ASC')
      .limit(limit + 1);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.cursor) {
      const [email] = decodeCursor<[string]>(query.cursor, ['text']);
      qb.andWhere('u.email > :email', { email });
    }
    return toPage(await qb.getMany(), limit, toAccountView, (u) => [u.email]);
  }

  async get(id: string): Promise<AccountView> {
    return toAccountView(await this.find(id));
  }

  async update(id: string, input: UpdateUser, actor: Actor): Promise<AccountView> {
    if (id === actor.id && (input.role !== undefined || input.districtIds !== undefined)) {
      // Otherwise an administrator could give themselves a role with case data.
      throw new DomainException(
        'forbidden',
        'own_account',
        'Die eigene Rolle und die eigenen Bezirke kann nur eine andere Administration ändern.',
      );
    }
    const known = await this.find(id);
    if (input.password !== undefined) checkPassword(input.password, known.email);
    if (input.districtIds) await this.checkDistricts(input.districtIds);
    const passwordHash =
      input.password === undefined ? undefined : await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      // Administrators are changed one at a time, so that two cannot demote each other at once.
      const admins = await m.find(User, {
        where: { role: 'admin', disabledAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const user = await m.findOneByOrFail(User, { id });
      const stopsBeingAdmin =
        user.role === 'admin' &&
        !user.disabledAt &&
        ((input.role !== undefined && input.role !== 'admin') || input.disabled === true);
      if (stopsBeingAdmin && admins.every((a) => a.id === id)) {
        throw new DomainException(
          'conflict',
          'last_admin',
          'Das ist die letzte aktive Administration: Sie kann weder eine andere Rolle bekommen ' +
            'noch deaktiviert werden. Bitte zuerst eine weitere Administration anlegen.',
        );
      }
      const changes: Partial<User> = {};
      if (input.role !== undefined) changes.role = input.role;
      if (input.districtIds !== undefined) changes.districtIds = input.districtIds;
      // A password an administrator chose is known to them: it only lets the user set their own.
      if (passwordHash !== undefined)
        Object.assign(changes, {
          passwordHash,
          passwordMustChange: true,
          failedLogins: 0,
          lockedUntil: null,
        });
      if (input.disabled !== undefined) changes.disabledAt = input.disabled ? new Date() : null;
      await m.update(User, id, changes);
      // A new password, a new role or a disabled account ends the sessions running so far.
      if (
        passwordHash !== undefined ||
        input.disabled ||
        input.role !== undefined ||
        input.districtIds !== undefined
      ) {
        await m.update(Session, { userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      const fields = Object.keys(input).filter((k) => input[k as keyof UpdateUser] !== undefined);
      await this.audit.record(
        actor,
        {
          action: 'user.update',
          recordType: 'user',
          recordId: id,
          fields,
          details: changeDetails(user, input),
        },
        m,
      );
      return toAccountView(await m.findOneByOrFail(User, { id }));
    });
  }

  private async find(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user)
      throw new DomainException('not_found', 'user_not_found', 'Dieses Konto gibt es nicht.');
    return user;
  }

  /**
   * Who may work the cases of a district: active caseworkers and team leads whose districts
   * include it (the people a case there can be assigned to), by e-mail address.
   */
  async caseStaff(
    districtId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffMember[]> {
    return this.staffOf(CASE_ROLES, districtId, manager);
  }

  /** The active funding controllers of a district (who follow its Inklusionspauschale). */
  async fundingStaff(
    districtId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffMember[]> {
    return this.staffOf(['funding_controller'], districtId, manager);
  }

  /** Active users of these roles whose districts include the district, by e-mail address. */
  private async staffOf(
    roles: UserRole[],
    districtId: string,
    manager: EntityManager,
  ): Promise<StaffMember[]> {
    const users = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.role'])
      .where('u.role IN (:...roles)', { roles })
      .andWhere('u.disabled_at IS NULL')
      .andWhere('CAST(:districtId AS uuid) = ANY(u.district_ids)', { districtId })
      .orderBy('u.email')
      .getMany();
    return users.map((u) => ({ id: u.id, email: u.email, role: u.role }));
  }

  /** How staff are named where they act on a case (their e-mail address), by id. */
  async staffNames(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await manager
      .getRepository(User)
      .find({ select: { id: true, email: true }, where: { id: In(unique) } });
    return new Map(users.map((u) => [u.id, u.email]));
  }

  async exists(email: string): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ email: email.trim().toLowerCase() });
  }

  /**
   * The districts' library answers which district ids exist (it registers itself here, as
   * the districts table is its own).
   */
  useDistrictCheck(check: DistrictCheck): void {
    this.districtCheck = check;
  }

  private async checkDistricts(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!this.districtCheck) {
      throw new Error('No district check registered: the application must import DistrictsModule.');
    }
    const known = new Set(await this.districtCheck(ids));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new InvalidInputException([
        {
          field: 'districtIds',
          code: 'unknown_reference',
          message: `Diese Bezirke gibt es nicht: ${unknown.join(', ')}.`,
        },
      ]);
    }
  }
}

/** The password policy, as field errors of `password`. */
function checkPassword(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    throw new InvalidInputException(
      problems.map((message) => ({ field: 'password', code: 'password_policy', message })),
    );
  }
}

/** What changed, from and to, for the audit log; of a password only that one was set. */
function changeDetails(before: User, input: UpdateUser): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (input.role !== undefined) details.role = { from: before.role, to: input.role };
  if (input.districtIds !== undefined)
    details.districtIds = { from: before.districtIds, to: input.districtIds };
  if (input.disabled !== undefined) details.disabled = input.disabled;
  if (input.password !== undefined) details.oneTimePassword = true;
  return details;
}
