import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Actor, DomainException, InvalidInputException } from '@teilhabe/common';
import { DataSource } from 'typeorm';
import { toUserView, type UserView } from './auth.service';
import { User, type UserRole } from './entities/user.entity';
import { hashPassword, passwordProblems } from './password';

export interface NewUser {
  email: string;
  password?: string;
  role: UserRole;
  districtIds: string[];
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(input: NewUser, actor: Actor): Promise<UserView> {
    const email = input.email.trim().toLowerCase();
    if (input.password !== undefined) {
      const problems = passwordProblems(input.password, email);
      if (problems.length > 0) {
        throw new InvalidInputException(
          problems.map((message) => ({ field: 'password', code: 'password_policy', message })),
        );
      }
    }
    const unknown = await this.unknownDistricts(input.districtIds);
    if (unknown.length > 0) {
      throw new InvalidInputException([
        {
          field: 'districtIds',
          code: 'unknown_reference',
          message: `Diese Bezirke gibt es nicht: ${unknown.join(', ')}.`,
        },
      ]);
    }
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(User, { email })) {
        throw new DomainException(
          'conflict',
          'user_exists',
          'Ein Konto mit dieser E-Mail-Adresse gibt es bereits.',
        );
      }
      const user = m.create(User, {
        email,
        passwordHash,
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
        },
        m,
      );
      return toUserView(user);
    });
  }

  async exists(email: string): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ email: email.trim().toLowerCase() });
  }

  private async unknownDistricts(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM districts WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }
}
