import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { createCase, createFacility, districtId } from './support/builders';
import { expectFieldError } from './support/expectations';
import { pdfText } from './support/pdf';
import { startSmtpServer, type TestSmtp } from './support/smtp';
import { type Api, runJobs, startTestApp, type TestApp } from './support/test-app';

const HEADER = 'Datum;Kategorie;Betrag;Beschreibung';

describe('funding: the Inklusionspauschale', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let controller: Api;
  let rheinSieg: string;
  let schoolYear = 2030;

  /** A new allocation of the Rhein-Sieg-Kreis in a school year of its own. */
  async function allocation(amount: string, paidAt = '2021-06-30'): Promise<string> {
    const year = `${schoolYear}/${schoolYear + 1}`;
    schoolYear++;
    const res = await controller
      .post('/api/v1/funding/allocations')
      .send({ districtId: rheinSieg, schoolYear: year, amount, decidedAt: '2020-11-02', paidAt })
      .expect(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url });
    rheinSieg = await districtId(t, 'Rhein-Sieg-Kreis');
    controller = await t.as('funding_controller', ['Rhein-Sieg-Kreis']);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reproduces the Rhein-Sieg-Kreis settlement for 2020/2021 to the cent', async () => {
    const created = await controller
      .post('/api/v1/funding/allocations')
      .send({
        districtId: rheinSieg,
        schoolYear: '2020/2021',
        amount: '891931.68',
        decidedAt: '2020-11-02',
        paidAt: '2021-06-30',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      schoolYear: '2020/2021',
      amount: '891931.68',
      district: { name: 'Rhein-Sieg-Kreis' },
      settlement: null,
    });
    const id = created.body.id as string;
    await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures`)
      .send({
        category: 'general_budget',
        amount: '891931.68',
        description: 'Verbucht im allgemeinen Haushalt (Produktgruppe Allgemeine Zuweisungen)',
      })
      .expect(201);

    const before = await controller.get(`/api/v1/funding/allocations/${id}/assessment`).expect(200);
    expect(before.body).toMatchObject({
      allocated: '891931.68',
      eligible: '0.00',
      ineligible: '891931.68',
      unused: '0.00',
      repaymentDue: '891931.68',
      repaymentDueBy: '2022-04-01',
      notifyMinistry: true,
    });
    expect(before.body.lines[0]).toMatchObject({
      verdict: 'ineligible',
      eligible: '0.00',
      ineligible: '891931.68',
      rule: 'inklfoeg.general_budget',
    });

    const settled = await controller
      .post(`/api/v1/funding/allocations/${id}/settlement`)
      .send({ deemedProperlyUsed: '422362.00', agreedAt: '2022-03-15' })
      .expect(200);
    expect(settled.body).toMatchObject({
      allocated: '891931.68',
      properlyUsed: '422362.00',
      repaymentDue: '469569.68',
      repaymentDueBy: '2022-04-01',
      settlement: { deemedProperlyUsed: '422362.00', agreedAt: '2022-03-15' },
    });
    const again = await controller.get(`/api/v1/funding/allocations/${id}/assessment`).expect(200);
    expect(again.body.repaymentDue).toBe('469569.68');

    // The notice to the ministry (§ 4 Abs. 2) with the amounts, in German.
    const letter = await controller
      .post(`/api/v1/funding/allocations/${id}/ministry-notice`)
      .expect(201);
    expect(letter.body).toMatchObject({
      recipient: 'ministry',
      status: 'draft',
      subject: 'Inklusionspauschale Schuljahr 2020/2021 – Anzeige nach § 4 Abs. 2 der Vereinbarung',
    });
    const list = await controller.get(`/api/v1/funding/allocations/${id}/letters`).expect(200);
    expect(list.body.map((l: { id: string }) => l.id)).toEqual([letter.body.id]);
    const pdf = await controller
      .get(`/api/v1/funding/allocations/${id}/letters/${letter.body.id}/pdf`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Ministerium für Schule und Bildung');
    expect(text).toContain('Völklinger Straße 49');
    expect(text).toContain('891.931,68 €');
    expect(text).toContain('422.362,00 €');
    expect(text).toContain('Rückzahlungsbetrag: 469.569,68 €');
    expect(text).toContain('1. April 2022');
  });

  it('drafts no ministry notice when everything was used as earmarked', async () => {
    const id = await allocation('100.00');
    await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures`)
      .send({ category: 'supervision', amount: '100.00', description: 'Supervision' })
      .expect(201);
    const res = await controller
      .post(`/api/v1/funding/allocations/${id}/ministry-notice`)
      .expect(409);
    expect(res.body.code).toBe('no_ministry_notice');
  });

  it('caps planning and coordination overhead at 15 % of the pool model’s personnel costs', async () => {
    const pool = await controller
      .post('/api/v1/funding/pool-models')
      .send({
        name: 'Pool Siegburg',
        districtId: rheinSieg,
        hoursPerWeek: '35',
        payGrade: 'S4 TVöD',
      })
      .expect(201);
    const id = await allocation('200000.00');
    const add = (body: Record<string, unknown>) =>
      controller.post(`/api/v1/funding/allocations/${id}/expenditures`).send(body).expect(201);
    await add({
      category: 'pool_personnel',
      amount: '123456.78',
      description: 'Schulbegleitungen im Pool',
      poolModelId: pool.body.id,
    });
    await add({
      category: 'pool_overhead',
      amount: '25000.00',
      description: 'Koordinierungsstelle',
      poolModelId: pool.body.id,
    });
    await add({ category: 'individual_claim', amount: '1000.01', description: 'Einzelfall § 35a' });

    const res = await controller.get(`/api/v1/funding/allocations/${id}/assessment`).expect(200);
    // 15 % of 123,456.78 is 18,518.517: 18,518.51 eligible, 6,481.49 over the cap.
    expect(res.body.lines[1]).toMatchObject({
      category: 'pool_overhead',
      verdict: 'partly_eligible',
      eligible: '18518.51',
      ineligible: '6481.49',
      rule: 'inklfoeg.overhead_cap',
    });
    expect(res.body.lines[1].reason).toContain('15 %');
    expect(res.body.lines[2]).toMatchObject({
      verdict: 'ineligible',
      rule: 'inklfoeg.individual_claim',
    });
    expect(res.body).toMatchObject({
      allocated: '200000.00',
      eligible: '141975.29',
      ineligible: '7481.50',
      unused: '50543.21',
      properlyUsed: '141975.29',
      repaymentDue: '58024.71',
      repaymentDueBy: '2022-04-01',
    });
  });

  it('rejects a CSV with one bad row, naming its line and field, and imports nothing', async () => {
    const id = await allocation('50000.00');
    const csv = [
      HEADER,
      '31.07.2021;Supervision;1.234,56;Prozessbegleitende Supervision',
      '15.08.2021;qualification;2.000,00;Workshop Autismus',
      '32.08.2021;Vernetzung;500,00;Jour fixe',
      '01.09.2021;brochures;99,90;Broschüre in Leichter Sprache',
    ].join('\n');
    const res = await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures/import`)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(400);
    expect(res.body.code).toBe('csv_invalid');
    expect(res.body.message).toContain('nichts wurde importiert');
    expect(res.body.rows).toEqual([
      { line: 4, field: 'Datum', message: expect.stringContaining('32.08.2021') },
    ]);
    expect(res.body.errors[0].field).toBe('line 4: Datum');
    const list = await controller.get(`/api/v1/funding/allocations/${id}/expenditures`).expect(200);
    expect(list.body.items).toEqual([]);
    const rows = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM funding_expenditures WHERE allocation_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('imports a Windows-1252 file upload with German amounts, every row in one go', async () => {
    const id = await allocation('50000.00');
    const csv = [
      HEADER,
      '31.07.2021;Informationsbroschüren;1.234,56;Broschüre für Eltern',
      '15.08.2021;Qualifizierung der Schulbegleitungen;2.000,00;Workshop Unterstützte Kommunikation',
    ].join('\r\n');
    const res = await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures/import`)
      .attach('file', iconv.encode(csv, 'win1252'), {
        filename: 'ausgaben.csv',
        contentType: 'text/csv',
      })
      .expect(201);
    expect(res.body).toMatchObject({ imported: 2, total: '3234.56' });
    expect(res.body.items.map((e: { category: string }) => e.category)).toEqual([
      'brochures',
      'qualification',
    ]);
    expect(res.body.items[0].description).toBe('Broschüre für Eltern');
  });

  it('refuses a forwarding without its conditions, with the reason', async () => {
    const id = await allocation('10000.00');
    await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures`)
      .send({
        category: 'forwarding_to_municipality',
        amount: '10000.00',
        description: 'Weiterleitung an die Gemeinde Much',
        municipality: 'Much',
        municipalityRunsCommonLearningSchools: true,
        projectExistsOrPlanned: false,
      })
      .expect(201);
    const res = await controller.get(`/api/v1/funding/allocations/${id}/assessment`).expect(200);
    expect(res.body.lines[0]).toMatchObject({ verdict: 'ineligible', rule: 'inklfoeg.forwarding' });
    expect(res.body.lines[0].reason).toContain('Projekt');
  });

  it('reminds the controller before the 1 April repayment date, in Teilhabe and by e-mail', async () => {
    const me = (await controller.get('/api/v1/auth/me').expect(200)).body.email as string;
    const elsewhere = await t.as('funding_controller', ['Bonn']);
    const other = (await elsewhere.get('/api/v1/auth/me').expect(200)).body.email as string;
    const year = `${schoolYear}/${schoolYear + 1}`;
    const id = await allocation('1000.00', '2021-01-15');
    await controller
      .post(`/api/v1/funding/allocations/${id}/expenditures`)
      .send({ category: 'general_budget', amount: '1000.00', description: 'Allgemeiner Haushalt' })
      .expect(201);
    const scheduled = await controller.get('/api/v1/funding/reminders').expect(200);
    const mine = scheduled.body.items.find((r: { allocationId: string }) => r.allocationId === id);
    expect(mine).toMatchObject({ dueBy: '2022-04-01', repaymentDue: '1000.00' });
    await runJobs(t);
    const after = await controller.get('/api/v1/funding/reminders').expect(200);
    expect(
      after.body.items.find((r: { allocationId: string }) => r.allocationId === id),
    ).toMatchObject({ status: 'due', dueBy: '2022-04-01' });
    // The district's controller got an e-mail about this allocation (as the SMTP server
    // received it); a controller of another district did not; a second run sends nothing.
    const about = () => smtp.mails.filter((mail) => mail.subject?.includes(year));
    expect(about().map((mail) => mail.envelopeTo)).toEqual([[me]]);
    const [mail] = about();
    expect(mail.subject).toBe(
      `Rückzahlung Inklusionspauschale bis 1. April 2022: Rhein-Sieg-Kreis, Schuljahr ${year}`,
    );
    expect(mail.text).toContain('ein Betrag von 1.000,00 € nicht zweckentsprechend verwendet');
    expect(mail.text).toContain(`/foerderung/zuweisungen/${id}`);
    expect(smtp.mails.some((m) => m.envelopeTo.includes(other))).toBe(false);
    await runJobs(t);
    expect(about()).toHaveLength(1);
  });

  it('refuses a settlement above the allocation and a duplicate allocation', async () => {
    const id = await allocation('100.00');
    const res = await controller
      .post(`/api/v1/funding/allocations/${id}/settlement`)
      .send({ deemedProperlyUsed: '100.01', agreedAt: '2022-03-15' })
      .expect(400);
    expectFieldError(res, 'deemedProperlyUsed', 'above_allocation');
    await controller
      .post('/api/v1/funding/allocations')
      .send({
        districtId: rheinSieg,
        schoolYear: '2020/2021',
        amount: '1.00',
        decidedAt: '2020-11-02',
        paidAt: '2021-06-30',
      })
      .expect(409);
  });

  it('shows pool coverage and OGS complaints in the district overview, and the pool model on a case', async () => {
    const ogs = await createFacility(t, { district: 'Rhein-Sieg-Kreis', kind: 'ogs' });
    const school = await controller
      .post('/api/v1/funding/schools')
      .send({
        name: 'GGS Am Michaelsberg',
        level: 'primary',
        commonLearning: true,
        schoolAuthority: 'Stadt Siegburg',
        districtId: rheinSieg,
        facilityIds: [ogs],
      })
      .expect(201);
    expect(school.body.facilityIds).toEqual([ogs]);
    const other = await controller
      .post('/api/v1/funding/schools')
      .send({
        name: 'Gesamtschule Much',
        level: 'secondary',
        commonLearning: true,
        schoolAuthority: 'Gemeinde Much',
        districtId: rheinSieg,
      })
      .expect(201);
    const pool = await controller
      .post('/api/v1/funding/pool-models')
      .send({
        name: 'Schulbegleitung im Pool Rhein-Sieg',
        districtId: rheinSieg,
        staffCount: 12,
        hoursPerWeek: '35',
        personnelCosts: '540000.00',
        schoolYears: [{ schoolYear: '2025/2026', schoolIds: [school.body.id] }],
      })
      .expect(201);
    expect(pool.body).toMatchObject({
      hoursPerWeek: '35.0',
      personnelCosts: '540000.00',
      schoolYears: [{ schoolYear: '2025/2026', schoolIds: [school.body.id] }],
    });
    expect(other.body.id).toBeDefined();

    const complaint = await createCase(t, ogs, { receivedAt: '2026-03-02' });
    const overview = await controller
      .get(`/api/v1/funding/districts/${rheinSieg}/overview?schoolYear=2025/2026`)
      .expect(200);
    expect(overview.body.years[0]).toMatchObject({
      schoolYear: '2025/2026',
      coverage: { schoolsInPoolModel: 1, commonLearningSchools: 2, percent: 50 },
      ogsComplaints: 1,
    });

    const caseworker = await t.as('caseworker', ['Rhein-Sieg-Kreis']);
    const link = await caseworker.get(`/api/v1/cases/${complaint.id}/pool-model`).expect(200);
    expect(link.body).toMatchObject({
      schoolYear: '2025/2026',
      school: { name: 'GGS Am Michaelsberg' },
      poolModel: { name: 'Schulbegleitung im Pool Rhein-Sieg' },
    });
    // The inquiry answer for a period in that school year gives the district's coverage.
    const answer = await caseworker
      .get('/api/v1/reports/inquiry-answer?from=2026-01-01&to=2026-06-30&format=docx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (await mammoth.extractRawText({ buffer: answer.body as Buffer })).value;
    expect(text).toContain(
      'Pool-Modelle: Abdeckung der Schulen des Gemeinsamen Lernens (Schuljahr 2025/2026)',
    );
    expect(text.replace(/\s+/g, ' ')).toContain('Rhein-Sieg-Kreis 1 2 50 %');
    // The funding controller sees no case data.
    await controller.get(`/api/v1/cases/${complaint.id}/pool-model`).expect(403);
  });

  it('keeps a controller to the districts of their own', async () => {
    const bonn = await districtId(t, 'Bonn');
    const res = await controller
      .post('/api/v1/funding/allocations')
      .send({
        districtId: bonn,
        schoolYear: '2020/2021',
        amount: '1.00',
        decidedAt: '2020-11-02',
        paidAt: '2021-06-30',
      })
      .expect(400);
    expectFieldError(res, 'districtId', 'not_your_district');
    await controller.get(`/api/v1/funding/districts/${bonn}/overview`).expect(404);
  });
});
