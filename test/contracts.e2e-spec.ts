import { ruleSetVersion } from '@teilhabe/rules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { type Api, runJobs, startTestApp, type TestApp } from './support/test-app';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../libs/contracts/src/extraction/fixtures', name));

const UNLAWFUL =
  '§ 5 Nebenabrede: Ist die Integrationskraft erkrankt, kann das Kind an diesem Tag nicht betreut werden.';

describe('rules check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds an unlawful side agreement with norms, evidence and explanation, storing nothing', async () => {
    const before = await countRows(t, 'care_contracts');
    const res = await t
      .api()
      .post('/api/v1/rules/check')
      .send({ text: UNLAWFUL, setting: 'kita' })
      .expect(200);
    expect(res.body).toMatchObject({
      verdict: 'unlawful',
      pattern: 'absence_exclusion',
      norms: expect.arrayContaining(['KiBiz § 7', 'SGB IX § 91 Abs. 2 S. 2']),
      ruleSetVersion: ruleSetVersion(),
    });
    const [finding] = res.body.findings;
    expect(finding).toMatchObject({ ruleId: 'kita.absence_exclusion', ruleVersion: 1 });
    expect(UNLAWFUL.slice(finding.evidence.start, finding.evidence.end)).toBe(
      finding.evidence.text,
    );
    expect(finding.explanation).toContain('§ 7 KiBiz');
    expect(await countRows(t, 'care_contracts')).toBe(before);
  });

  it('judges an OGS text by the OGS norms', async () => {
    const res = await t
      .api()
      .post('/api/v1/rules/check')
      .send({ text: UNLAWFUL, setting: 'ogs' })
      .expect(200);
    expect(res.body.norms).toContain('BASS 12-63 Nr. 2');
  });

  it('calls a provider covering the absence lawful', async () => {
    const res = await t
      .api()
      .post('/api/v1/rules/check')
      .send({
        text: 'Fällt die Integrationskraft aus, betreut das Gruppenteam das Kind weiterhin.',
        setting: 'kita',
      })
      .expect(200);
    expect(res.body).toMatchObject({ verdict: 'lawful', pattern: null });
  });

  it('names a missing text and an unknown setting', async () => {
    expectFieldError(await t.api().post('/api/v1/rules/check').send({ setting: 'kita' }), 'text');
    expectFieldError(
      await t.api().post('/api/v1/rules/check').send({ text: UNLAWFUL, setting: 'schule' }),
      'setting',
    );
  });

  it('shows the rule set with its version, rules and norms', async () => {
    const res = await t.api().get('/api/v1/rules').expect(200);
    expect(res.body.version).toBe(ruleSetVersion());
    expect(res.body.rules).toContainEqual(
      expect.objectContaining({ id: 'ogs.activity_exclusion', validFrom: '2026-08-01' }),
    );
    expect(res.body.norms).toContainEqual(
      expect.objectContaining({ citation: 'KiBiz § 7', title: 'Diskriminierungsverbot' }),
    );
  });
});

describe('contracts of a case', () => {
  let t: TestApp;
  let kitaCase: string;
  let ogsCase: string;

  beforeAll(async () => {
    t = await startTestApp();
    kitaCase = (await createCase(t, await createFacility(t))).id;
    ogsCase = (await createCase(t, await createFacility(t, { kind: 'ogs' }))).id;
  });
  afterAll(() => t.close());

  /** Asks for the re-check of outdated contracts, lets the job run, and reads its result. */
  const recheckAll = async (api: Api = t.api()) => {
    const started = await api.post('/api/v1/contracts/recheck').expect(202);
    expect(started.body).toMatchObject({ name: 'contracts.recheck', status: 'pending' });
    expect(started.headers.location).toBe(`/api/v1/contracts/recheck/${started.body.id}`);
    await runJobs(t);
    const job = await api.get(`/api/v1/contracts/recheck/${started.body.id}`).expect(200);
    expect(job.body).toMatchObject({ status: 'done', attempts: 1 });
    return job.body.result as { ruleSetVersion: string; checked: number; changed: number };
  };

  const timeline = async (caseId: string) =>
    (await t.api().get(`/api/v1/cases/${caseId}`).expect(200)).body.timeline as {
      type: string;
      data: Record<string, unknown>;
    }[];

  it('checks pasted text, stores it with its findings and notes it on the timeline', async () => {
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .send({ text: UNLAWFUL })
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/cases/${kitaCase}/contracts/${res.body.id}`);
    expect(res.body).toMatchObject({
      source: 'text',
      verdict: 'unlawful',
      patterns: ['absence_exclusion'],
      ruleSetVersion: ruleSetVersion(),
      outdated: false,
      text: UNLAWFUL,
    });
    expect(res.body.findings[0].ruleId).toBe('kita.absence_exclusion');
    const last = (await timeline(kitaCase)).at(-1);
    expect(last).toMatchObject({
      type: 'contract_checked',
      data: { contractId: res.body.id, verdict: 'unlawful', patterns: ['absence_exclusion'] },
    });
    // The timeline carries no words of the contract.
    expect(JSON.stringify(last)).not.toContain('Integrationskraft');
  });

  it('reads an uploaded PDF by its content, whatever its name, and judges it by the facility', async () => {
    const res = await t
      .api()
      .post(`/api/v1/cases/${ogsCase}/contracts`)
      .attach('file', fixture('text.pdf'), { filename: 'vertrag.txt', contentType: 'text/plain' })
      .expect(201);
    expect(res.body).toMatchObject({ source: 'pdf', fileName: 'vertrag.txt' });
    expect(res.body.text).toContain('Integrationskraft');
    expect(res.body.verdict).toBe('unlawful');
    expect(res.body.findings[0].ruleId).toMatch(/^ogs\./);

    const doc = await t
      .api()
      .get(`/api/v1/cases/${ogsCase}/contracts/${res.body.id}/document`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(doc.body as Buffer, fixture('text.pdf'))).toBe(0);
  });

  it('reads DOCX and text files', async () => {
    for (const [name, source] of [
      ['vertrag.docx', 'docx'],
      ['vertrag.txt', 'txt'],
    ]) {
      const res = await t
        .api()
        .post(`/api/v1/cases/${kitaCase}/contracts`)
        .attach('file', fixture(name), name)
        .expect(201);
      expect(res.body.source).toBe(source);
      expect(res.body.text.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['an encrypted PDF', 'encrypted.pdf', 422, 'encrypted_pdf', /Kennwort/],
    ['an image-only PDF', 'scanned.pdf', 422, 'no_text', /kein Text gefunden.*Scan/],
  ])(
    'explains in German why %s cannot be read, storing nothing',
    async (_w, name, status, code, message) => {
      const before = await countRows(t, 'care_contracts');
      const res = await t
        .api()
        .post(`/api/v1/cases/${kitaCase}/contracts`)
        .attach('file', fixture(name), name);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(message);
      expect(await countRows(t, 'care_contracts')).toBe(before);
    },
  );

  it('refuses a picture by its content with 415, even when it is called .pdf', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64),
    ]);
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .attach('file', png, 'vertrag.pdf');
    expect(res.status).toBe(415);
    expect(res.body.message).toMatch(/Bild/);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .attach('file', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'gross.txt');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Die Datei ist größer als 10 MB.');
  });

  it('wants either text or a file, and a file only in the field "file"', async () => {
    expectFieldError(
      await t.api().post(`/api/v1/cases/${kitaCase}/contracts`).send({}),
      'text',
      'text_or_file',
    );
    const both = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .field('text', UNLAWFUL)
      .attach('file', fixture('vertrag.txt'), 'vertrag.txt');
    expectFieldError(both, 'text', 'text_or_file');
    const wrongField = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .attach('dokument', fixture('vertrag.txt'), 'vertrag.txt');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.message).toContain('„file“');
  });

  it('keeps umlauts in the name of an uploaded file', async () => {
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .attach('file', fixture('vertrag.txt'), 'Vertrag Müller-Jörg.txt')
      .expect(201);
    expect(res.body.fileName).toBe('Vertrag Müller-Jörg.txt');
  });

  it('refuses a file whose text is longer than the rules read, rather than judging part of it', async () => {
    const before = await countRows(t, 'care_contracts');
    const long = Buffer.from(`${'Allgemeine Bestimmungen. '.repeat(21_000)}${UNLAWFUL}`);
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .attach('file', long, 'lang.txt');
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/^Der Vertragstext ist länger als 500\.000 Zeichen/);
    expect(await countRows(t, 'care_contracts')).toBe(before);
  });

  it('takes no contract for a case of another district, not even an upload', async () => {
    const bonnCase = (await createCase(t, await createFacility(t, { district: 'Bonn' }))).id;
    const cologne = await t.as('caseworker', ['Köln']);
    const before = await countRows(t, 'care_contracts');
    const res = await cologne
      .post(`/api/v1/cases/${bonnCase}/contracts`)
      .attach('file', fixture('vertrag.txt'), 'vertrag.txt');
    expect(res.status).toBe(404);
    expect(await countRows(t, 'care_contracts')).toBe(before);
  });

  it('takes no contract for a closed case and does not re-check it', async () => {
    const closed = (await createCase(t, await createFacility(t))).id;
    const [added] = [
      (await t.api().post(`/api/v1/cases/${closed}/contracts`).send({ text: UNLAWFUL }).expect(201))
        .body,
    ];
    await t
      .api()
      .post(`/api/v1/cases/${closed}/transitions`)
      .send({ to: 'withdrawn', reason: 'Eltern ziehen zurück' })
      .expect(200);
    const res = await t.api().post(`/api/v1/cases/${closed}/contracts`).send({ text: UNLAWFUL });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('case_closed');
    expect(
      (await t.api().post(`/api/v1/cases/${closed}/contracts/${added.id}/recheck`)).status,
    ).toBe(409);
    await t.dataSource.query(`UPDATE care_contracts SET rule_set_version = '0.old' WHERE id = $1`, [
      added.id,
    ]);
    await recheckAll();
    const [row] = await t.dataSource.query<{ rule_set_version: string }[]>(
      `SELECT rule_set_version FROM care_contracts WHERE id = $1`,
      [added.id],
    );
    expect(row.rule_set_version).toBe('0.old');
  });

  it('lists a case’s contracts without their text and reads one with it', async () => {
    const list = await t.api().get(`/api/v1/cases/${kitaCase}/contracts`).expect(200);
    expect(list.body.length).toBeGreaterThanOrEqual(3);
    expect(list.body[0]).not.toHaveProperty('text');
    const one = await t
      .api()
      .get(`/api/v1/cases/${kitaCase}/contracts/${list.body[0].id}`)
      .expect(200);
    expect(one.body.text).toBe(UNLAWFUL);
    // No words of the contract in the list, not even the findings' evidence: only where it is.
    const passage = one.body.findings[0].evidence as { start: number; end: number; text: string };
    expect(passage.text.length).toBeGreaterThan(10);
    expect(JSON.stringify(list.body)).not.toContain(passage.text);
    expect(list.body[0].findings[0].evidence).toEqual({ start: passage.start, end: passage.end });
    expect(list.body[0].findings[0].explanation).toBe(one.body.findings[0].explanation);
  });

  it('answers a contract of another case, or none, with 404', async () => {
    const [other] = (await t.api().get(`/api/v1/cases/${ogsCase}/contracts`).expect(200)).body;
    const res = await t.api().get(`/api/v1/cases/${kitaCase}/contracts/${other.id}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Diesen Vertrag gibt es nicht.');
  });

  it('keeps document, text and findings encrypted at rest', async () => {
    const rows = await t.dataSource.query<Record<string, string>[]>(
      `SELECT file_name, document, text, findings, verdict FROM care_contracts`,
    );
    for (const row of rows) {
      for (const column of ['file_name', 'document', 'text', 'findings']) {
        if (row[column] !== null) expect(row[column]).toMatch(/^enc:v1:/);
      }
      expect(row.verdict).toMatch(/^(unlawful|review|lawful)$/);
    }
  });

  it('re-checks contracts a former rule set judged, in the caller’s districts, on the timeline', async () => {
    const added = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts`)
      .send({ text: UNLAWFUL })
      .expect(201);
    // As if an older rule set had judged it lawful.
    await t.dataSource.query(
      `UPDATE care_contracts SET rule_set_version = '0.old', verdict = 'lawful', patterns = '{}' WHERE id = $1`,
      [added.body.id],
    );
    const stale = await t
      .api()
      .get(`/api/v1/cases/${kitaCase}/contracts/${added.body.id}`)
      .expect(200);
    expect(stale.body).toMatchObject({ outdated: true, verdict: 'lawful' });

    expect(await recheckAll()).toEqual({
      ruleSetVersion: ruleSetVersion(),
      checked: 1,
      changed: 1,
    });
    const fresh = await t
      .api()
      .get(`/api/v1/cases/${kitaCase}/contracts/${added.body.id}`)
      .expect(200);
    expect(fresh.body).toMatchObject({ outdated: false, verdict: 'unlawful' });
    expect((await timeline(kitaCase)).at(-1)).toMatchObject({
      type: 'contract_rechecked',
      data: {
        contractId: added.body.id,
        from: { verdict: 'lawful', ruleSetVersion: '0.old' },
        to: { verdict: 'unlawful', ruleSetVersion: ruleSetVersion() },
      },
    });
    // Nothing left to do.
    expect((await recheckAll()).checked).toBe(0);
  });

  it('re-checks only the contracts of the team lead’s own districts', async () => {
    const bonnCase = (await createCase(t, await createFacility(t, { district: 'Bonn' }))).id;
    const bonn = await t
      .api()
      .post(`/api/v1/cases/${bonnCase}/contracts`)
      .send({ text: UNLAWFUL })
      .expect(201);
    await t.dataSource.query(`UPDATE care_contracts SET rule_set_version = '0.old'`);
    // Contracts of open cases; closed cases keep the findings they were closed with.
    const [{ n: total }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM care_contracts k JOIN cases c ON c.id = k.case_id
        WHERE c.closed_at IS NULL`,
    );
    const cologne = await t.as('team_lead', ['Köln']);
    expect((await recheckAll(cologne)).checked).toBe(total - 1);
    const [row] = await t.dataSource.query<{ rule_set_version: string }[]>(
      `SELECT rule_set_version FROM care_contracts WHERE id = $1`,
      [bonn.body.id],
    );
    expect(row.rule_set_version).toBe('0.old');
    await recheckAll();
  });

  it('runs the re-check in the background, showing progress only to who asked for it', async () => {
    await t.dataSource.query(`UPDATE care_contracts SET rule_set_version = '0.old'`);
    const started = await t.api().post('/api/v1/contracts/recheck').expect(202);
    // Nothing is checked until the job runs.
    const [{ n: outdated }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM care_contracts WHERE rule_set_version = '0.old'`,
    );
    expect(outdated).toBeGreaterThan(0);
    const colleague = await t.as('team_lead', ['Köln']);
    const foreign = await colleague.get(`/api/v1/contracts/recheck/${started.body.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('recheck_job_not_found');
    expectFieldError(await t.api().get('/api/v1/contracts/recheck/keine-uuid'), 'jobId');
    await runJobs(t);
    const done = await t.api().get(`/api/v1/contracts/recheck/${started.body.id}`).expect(200);
    const { checked } = done.body.result as { checked: number };
    expect(checked).toBeGreaterThan(0);
    expect(done.body.progress).toEqual({ done: checked, total: checked });
    expect(done.body.finishedAt).toEqual(expect.any(String));
  });

  it('shows a re-check with nothing to check as done with 0 of 0', async () => {
    const started = await t.api().post('/api/v1/contracts/recheck').expect(202);
    await runJobs(t);
    const done = await t.api().get(`/api/v1/contracts/recheck/${started.body.id}`).expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      progress: { done: 0, total: 0 },
      result: { checked: 0, changed: 0 },
    });
  });

  it('asks for no re-check whose request it could not write to the audit log', async () => {
    const jobs = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM job_outbox WHERE name = 'contracts.recheck'`,
        )
      )[0].n;
    const before = await jobs();
    await t.dataSource.query(`
      CREATE FUNCTION fail_recheck_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$;
      CREATE TRIGGER fail_recheck_audit BEFORE INSERT ON audit_log FOR EACH ROW
        WHEN (NEW.action = 'contract.recheck_requested') EXECUTE FUNCTION fail_recheck_audit();`);
    try {
      const failed = await t.api().post('/api/v1/contracts/recheck');
      expect(failed.status).toBe(500);
    } finally {
      await t.dataSource.query(
        'DROP TRIGGER fail_recheck_audit ON audit_log; DROP FUNCTION fail_recheck_audit();',
      );
    }
    expect(await jobs()).toBe(before);
  });

  it('re-checks one contract on request', async () => {
    const [first] = (await t.api().get(`/api/v1/cases/${kitaCase}/contracts`).expect(200)).body;
    const res = await t
      .api()
      .post(`/api/v1/cases/${kitaCase}/contracts/${first.id}/recheck`)
      .expect(200);
    expect(res.body).toMatchObject({ id: first.id, ruleSetVersion: ruleSetVersion() });
    expect(new Date(res.body.checkedAt).getTime()).toBeGreaterThan(
      new Date(first.checkedAt).getTime(),
    );
  });

  it('records reads of contracts in the audit log, without their content', async () => {
    const rows = await t.dataSource.query<{ action: string; details: unknown }[]>(
      `SELECT action, details FROM audit_log WHERE action LIKE 'contract.%'`,
    );
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        'contract.create',
        'contract.list',
        'contract.read',
        'contract.document',
        'contract.recheck',
        'contract.recheck_requested',
      ]),
    );
    expect(JSON.stringify(rows)).not.toContain('Integrationskraft');
  });
});
