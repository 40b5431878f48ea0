import { hashPassword } from '@teilhabe/auth';
import { startTestApp, TEST_USER, type TestApp } from './support/test-app';

const PASSWORD = 'Ein-sicheres-Passwort-26';

describe('sign-in', () => {
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A fresh account, so that lock-outs of one test do not touch another. */
  async function account(
    role = 'caseworker',
    options: { disabled?: boolean } = {},
  ): Promise<string> {
    const email = `user${++n}@lvr.example`;
    await t.dataSource.query(
      `INSERT INTO users (email, password_hash, role, disabled_at) VALUES ($1, $2, $3, $4)`,
      [email, await hashPassword(PASSWORD), role, options.disabled ? new Date() : null],
    );
    return email;
  }

  const login = (body: object, ip = '10.0.0.1') =>
    t.anonymous().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send(body);

  it('answers tokens and the user and sets an HttpOnly, SameSite session cookie', async () => {
    const email = await account();
    const res = await login({ email: email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(res.body).toMatchObject({
      accessToken: expect.stringMatching(/^tha_/),
      refreshToken: expect.stringMatching(/^thr_/),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { email, role: 'caseworker', districtIds: [] },
    });
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('teilhabe_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    // No TLS on the developer's own machine; everywhere else the cookie is Secure.
    expect(session).not.toMatch(/Secure/);
    expect(cookies.find((c) => c.startsWith('teilhabe_csrf='))).not.toMatch(/HttpOnly/);
    await t
      .anonymous()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
  });

  it('marks the cookies Secure when the API is not reached on localhost', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD })
      .set('Host', 'teilhabe.lvr.example')
      .expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.every((c) => /; Secure/.test(c))).toBe(true);
  });

  it('gives the web UI no token to read in cookie mode', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD, mode: 'cookie' }).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['csrfToken', 'user']);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const email = await account();
    const wrong = await login({ email, password: 'falsches Passwort 1' }).expect(401);
    const unknown = await login({ email: 'niemand@lvr.example', password: PASSWORD }).expect(401);
    expect(wrong.body.message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    expect(unknown.body).toEqual({ ...wrong.body, requestId: unknown.body.requestId });
  });

  it('locks an account after five failures, and says so (with the time) only to who knows the password', async () => {
    const email = await account();
    for (let i = 0; i < 5; i++)
      await login({ email, password: `falsch ${i} xxxxxxxx` }).expect(401);
    // A wrong password on a locked account looks like any wrong password.
    const wrong = await login({ email, password: 'noch ein falsches' }).expect(401);
    expect(wrong.body.code).toBe('bad_credentials');
    const right = await login({ email, password: PASSWORD }).expect(403);
    const [{ until }] = await t.dataSource.query(
      `SELECT locked_until AS until FROM users WHERE email = $1`,
      [email],
    );
    const shown = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(Math.ceil((until as Date).getTime() / 60_000) * 60_000));
    expect(right.body).toMatchObject({
      code: 'account_locked',
      message: `Das Konto ist nach mehreren fehlgeschlagenen Anmeldungen gesperrt bis ${shown} Uhr.`,
      lockedUntil: (until as Date).toISOString(),
    });
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    const audit = await t.dataSource.query(
      `SELECT details->>'reason' AS reason FROM audit_log WHERE action = 'auth.login_failed' AND actor_name = $1 ORDER BY id`,
      [email],
    );
    expect(audit.map((r: { reason: string }) => r.reason)).toEqual([
      ...Array(5).fill('password'),
      'locked',
      'locked',
    ]);
    // After the back-off the right password works again.
    await t.dataSource.query(
      `UPDATE users SET locked_until = now() - interval '1 second' WHERE email = $1`,
      [email],
    );
    await login({ email, password: PASSWORD }).expect(200);
  });

  it('shows the time of the lock in Berlin time, also in winter and summer', async () => {
    const email = await account();
    for (const [until, shown] of [
      ['2099-01-15T13:04:10Z', '14:05'],
      ['2099-07-15T13:04:00Z', '15:04'],
    ]) {
      await t.dataSource.query(`UPDATE users SET locked_until = $2 WHERE email = $1`, [
        email,
        until,
      ]);
      const res = await login({ email, password: PASSWORD }).expect(403);
      expect(res.body.message).toContain(`gesperrt bis ${shown} Uhr.`);
    }
  });

  it('lets no guess through when many arrive at the same moment', async () => {
    const email = await account();
    const guesses = Array.from({ length: 15 }, (_, i) =>
      login({ email, password: `geraten ${i} xxxxxx` }, '10.7.7.7'),
    );
    const answers = await Promise.all(guesses);
    expect(answers.map((r) => r.status)).toEqual(Array(15).fill(401));
    // The guesses raced each other, yet the lock came after exactly five: the right password
    // sent after them finds the account locked. (Sent with them, it may be served first.)
    await login({ email, password: PASSWORD }, '10.7.7.7').expect(403);
    const [{ failures }] = await t.dataSource.query(
      'SELECT failed_logins AS failures FROM users WHERE email = $1',
      [email],
    );
    expect(failures).toBe(5);
  });

  it('makes one account wait at one address after too many failures, but not colleagues there', async () => {
    const ip = '10.9.9.9';
    const victim = await account();
    for (let i = 0; i < 20; i++) {
      await login({ email: victim, password: `irgendein Passwort ${i}` }, ip).expect(401);
    }
    const res = await login({ email: victim, password: 'noch ein Versuch' }, ip).expect(429);
    expect(res.body.code).toBe('too_many_attempts');
    // The colleague at the same address (the office's proxy) signs in as usual.
    await login({ email: await account(), password: PASSWORD }, ip).expect(200);
  });

  it('does not lock an office out when one person at its address guesses many accounts', async () => {
    const ip = '10.9.9.11';
    for (let i = 0; i < 25; i++) {
      await login({ email: `raten${i}@lvr.example`, password: 'irgendein Passwort' }, ip).expect(
        401,
      );
    }
    await login({ email: await account(), password: PASSWORD }, ip).expect(200);
  });

  it('refuses a disabled account', async () => {
    await login({
      email: await account('caseworker', { disabled: true }),
      password: PASSWORD,
    }).expect(401);
  });

  it('never stores the password or a token in clear text', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD }).expect(200);
    const [user] = await t.dataSource.query('SELECT password_hash FROM users WHERE email = $1', [
      email,
    ]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.dataSource.query('SELECT * FROM sessions');
    expect(JSON.stringify(sessions)).not.toContain(res.body.accessToken.slice(4));
    expect(JSON.stringify(sessions)).not.toContain(res.body.refreshToken.slice(4));
  });

  it('refuses an expired access token and renews it with the refresh token, once', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD }).expect(200);
    await t.dataSource.query(
      `UPDATE sessions SET access_expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    const bearer = (token: string) =>
      t.anonymous().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    await bearer(res.body.accessToken).expect(401);
    const renewed = await t
      .anonymous()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: res.body.refreshToken })
      .expect(200);
    await bearer(renewed.body.accessToken).expect(200);
    await t
      .anonymous()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: res.body.refreshToken })
      .expect(401);
  });

  it('accepts the session cookie, and for changes only with the CSRF token', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD, mode: 'cookie' }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    await t.anonymous().get('/api/v1/districts').set('Cookie', cookie).expect(200);
    const denied = await t
      .anonymous()
      .post('/api/v1/providers')
      .set('Cookie', cookie)
      .send({})
      .expect(403);
    expect(denied.body.code).toBe('csrf_mismatch');
    await t
      .anonymous()
      .post('/api/v1/providers')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', 'thc_falsch')
      .send({})
      .expect(403);
    const allowed = await t
      .anonymous()
      .post('/api/v1/providers')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', res.body.csrfToken)
      .send({});
    expect(allowed.status).toBe(400); // past authentication, stopped by validation
  });

  it('signs out both the token and the cookie', async () => {
    const email = await account();
    const res = await login({ email, password: PASSWORD }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    await t
      .anonymous()
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(204);
    await t
      .anonymous()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(401);
    await t.anonymous().get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    await t
      .anonymous()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: res.body.refreshToken })
      .expect(401);
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.logout' AND actor_name = $1`,
      [email],
    );
    expect(audit[0].n).toBe(1);
  });
});

describe('sign-in in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('marks cookies Secure even when a proxy passes on a local Host', async () => {
    const res = await t
      .anonymous()
      .post('/api/v1/auth/login')
      .set('Host', '127.0.0.1:3000')
      .send(TEST_USER)
      .expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.every((c) => /; Secure/.test(c))).toBe(true);
  });
});
