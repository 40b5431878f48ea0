import { hashPassword } from '@teilhabe/auth';
import { type Api, startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'Ein-sicheres-Passwort-26';
const OWN = 'Mein-eigenes-Passwort-26';

describe('accounts', () => {
  let t: TestApp;
  let admin: Api;
  let adminId: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    adminId = (await admin.get('/api/v1/auth/me').expect(200)).body.id;
  });
  afterAll(() => t.close());

  const login = (body: object) => t.anonymous().post('/api/v1/auth/login').send(body);
  const changePassword = (body: object) => t.anonymous().post('/api/v1/auth/password').send(body);
  const me = (token: string) =>
    t.anonymous().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
  const auditOf = (action: string, recordId: string) =>
    t.dataSource.query<{ actor_id: string; fields: string[]; details: Record<string, unknown> }[]>(
      'SELECT actor_id, fields, details FROM audit_log WHERE action = $1 AND record_id = $2 ORDER BY id',
      [action, recordId],
    );

  /** An account with a password of its own. */
  async function account(role = 'caseworker'): Promise<{ id: string; email: string }> {
    const email = `konto${++n}@lvr.example`;
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3) RETURNING id`,
      [email, await hashPassword(PASSWORD), role],
    );
    return { id, email };
  }

  describe('a refresh token used twice', () => {
    it('ends the whole session: access token, new refresh token and cookie', async () => {
      const { id, email } = await account();
      const first = await login({ email, password: PASSWORD }).expect(200);
      const cookie = (first.headers['set-cookie'] as unknown as string[])
        .map((c) => c.split(';')[0])
        .join('; ');
      const renewed = await t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.body.refreshToken })
        .expect(200);
      await me(renewed.body.accessToken).expect(200);

      // The old refresh token again: someone holds a copy.
      const replay = await t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.body.refreshToken })
        .expect(401);
      expect(replay.body.code).toBe('bad_refresh_token');

      await me(renewed.body.accessToken).expect(401);
      await t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: renewed.body.refreshToken })
        .expect(401);
      await t.anonymous().get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
      const [entry] = await auditOf('auth.refresh_reused', id);
      expect(entry.details).toMatchObject({ sessionEnded: true });
    });

    it('leaves the user’s other sessions alone', async () => {
      const { email } = await account();
      const phone = await login({ email, password: PASSWORD }).expect(200);
      const laptop = await login({ email, password: PASSWORD }).expect(200);
      await t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: phone.body.refreshToken })
        .expect(200);
      await t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: phone.body.refreshToken })
        .expect(401);
      await me(laptop.body.accessToken).expect(200);
    });

    it('ends the session when the old and the new token race each other', async () => {
      const { email } = await account();
      const first = await login({ email, password: PASSWORD }).expect(200);
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          t
            .anonymous()
            .post('/api/v1/auth/refresh')
            .send({ refreshToken: first.body.refreshToken }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401]);
      const winner = answers.find((r) => r.status === 200)!;
      await me(winner.body.accessToken).expect(401);
    });
  });

  describe('a password an administrator set', () => {
    it('works once, only to set a password of one’s own, and the administrator never knows it', async () => {
      const email = `neu${++n}@lvr.example`;
      const created = await admin
        .post('/api/v1/users')
        .send({ email, password: PASSWORD, role: 'caseworker', districtIds: [] })
        .expect(201);
      const refused = await login({ email, password: PASSWORD }).expect(403);
      expect(refused.body).toMatchObject({
        code: 'password_change_required',
        message: expect.stringContaining('eigenes Passwort'),
      });
      expect(refused.body.accessToken).toBeUndefined();
      expect(refused.headers['set-cookie']).toBeUndefined();

      await changePassword({ email, password: 'falsch-falsch-falsch', newPassword: OWN }).expect(
        401,
      );
      const same = await changePassword({ email, password: PASSWORD, newPassword: PASSWORD });
      expect(same.status).toBe(400);
      expect(same.body.errors).toEqual([
        expect.objectContaining({ field: 'newPassword', code: 'password_policy' }),
      ]);
      await changePassword({ email, password: PASSWORD, newPassword: OWN }).expect(204);

      await login({ email, password: PASSWORD }).expect(401);
      await login({ email, password: OWN }).expect(200);
      expect((await auditOf('user.create', created.body.id))[0]).toMatchObject({
        actor_id: adminId,
        details: { role: 'caseworker', oneTimePassword: true },
      });
      expect(await auditOf('auth.password_change', created.body.id)).toEqual([
        expect.objectContaining({
          actor_id: created.body.id,
          details: expect.objectContaining({ oneTime: true }),
        }),
      ]);
    });

    it('signs the user out when an administrator sets a new one', async () => {
      const { id, email } = await account();
      const session = await login({ email, password: PASSWORD }).expect(200);
      await admin
        .patch(`/api/v1/users/${id}`)
        .send({ password: 'Vom-Admin-gesetzt-26' })
        .expect(200);
      await me(session.body.accessToken).expect(401);
      await login({ email, password: 'Vom-Admin-gesetzt-26' }).expect(403);
      const [entry] = await auditOf('user.update', id);
      expect(entry).toMatchObject({
        actor_id: adminId,
        fields: ['password'],
        details: { oneTimePassword: true },
      });
      expect(JSON.stringify(entry)).not.toContain('Vom-Admin');
    });

    it('lets any user change their own password, ending their sessions', async () => {
      const { email } = await account();
      const session = await login({ email, password: PASSWORD }).expect(200);
      await changePassword({ email, password: PASSWORD, newPassword: OWN }).expect(204);
      await me(session.body.accessToken).expect(401);
      await login({ email, password: OWN }).expect(200);
    });
  });

  describe('administrators', () => {
    it('cannot give themselves another role or other districts', async () => {
      const districts = (await admin.get('/api/v1/districts').expect(200)).body as { id: string }[];
      for (const change of [{ role: 'team_lead' }, { districtIds: districts.map((d) => d.id) }]) {
        const res = await admin.patch(`/api/v1/users/${adminId}`).send(change).expect(403);
        expect(res.body.code).toBe('own_account');
      }
      const [{ role, district_ids }] = await t.dataSource.query(
        'SELECT role, district_ids FROM users WHERE id = $1',
        [adminId],
      );
      expect({ role, district_ids }).toEqual({ role: 'admin', district_ids: [] });
    });

    it('cannot demote or disable the last active administrator, but one of two', async () => {
      await t.dataSource.query(
        `UPDATE users SET disabled_at = now() WHERE role = 'admin' AND id <> $1`,
        [adminId],
      );
      const other = await account('admin');
      await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [other.id]);
      // The other administrator is disabled: this one is the last.
      const selfDisable = await admin
        .patch(`/api/v1/users/${adminId}`)
        .send({ disabled: true })
        .expect(409);
      expect(selfDisable.body.code).toBe('last_admin');

      await admin.patch(`/api/v1/users/${other.id}`).send({ disabled: false }).expect(200);
      await admin.patch(`/api/v1/users/${other.id}`).send({ role: 'caseworker' }).expect(200);
      const [entry] = await auditOf('user.update', other.id).then((e) => e.slice(-1));
      expect(entry.details).toEqual({ role: { from: 'admin', to: 'caseworker' } });
    });

    it('shows role and district changes in the audit log', async () => {
      const { id } = await account('caseworker');
      const district = (await admin.get('/api/v1/districts').expect(200)).body[0].id as string;
      await admin
        .patch(`/api/v1/users/${id}`)
        .send({ role: 'team_lead', districtIds: [district] })
        .expect(200);
      const log = await admin.get(`/api/v1/audit?action=user.update&recordId=${id}`).expect(200);
      expect(log.body.items[0]).toMatchObject({
        actor: { id: adminId },
        fields: ['role', 'districtIds'],
        details: {
          role: { from: 'caseworker', to: 'team_lead' },
          districtIds: { from: [], to: [district] },
        },
      });
    });
  });
});
