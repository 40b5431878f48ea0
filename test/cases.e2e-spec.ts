import { countRows, createCase, createFacility, districtId, makeCase } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

describe('cases', () => {
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    facilityId = await createFacility(t);
  });
  afterAll(() => t.close());

  describe('intake', () => {
    it('creates a case and reads it back with its timeline', async () => {
      const body = makeCase(facilityId, { receivedAt: '2025-11-03' });
      const created = await t.api().post('/api/v1/cases').send(body).expect(201);

      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        reference: '42.22-2025-000001',
        status: 'received',
      });
      expect(created.headers.location).toBe(`/api/v1/cases/${created.body.id}`);

      const read = await t.api().get(`/api/v1/cases/${created.body.id}`).expect(200);
      expect(read.body).toMatchObject({
        reference: '42.22-2025-000001',
        status: 'received',
        receivedAt: '2025-11-03',
        channel: 'email',
        guardian: { ...body.guardian, address: null },
        child: body.child,
        patterns: ['absence_exclusion'],
        description: body.description,
        facility: { id: facilityId, kind: 'kita' },
        district: { name: 'Köln' },
        allowedTransitions: ['assessing', 'withdrawn'],
        closedAt: null,
      });
      expect(read.body.timeline).toEqual([
        {
          id: expect.any(String),
          occurredAt: expect.any(String),
          actor: { id: expect.any(String), name: 'tester@teilhabe.test' },
          type: 'created',
          data: expect.objectContaining({ reference: '42.22-2025-000001', status: 'received' }),
        },
      ]);
    });

    it('stores optional facts left out as empty and a guardian address when given', async () => {
      const created = await createCase(t, facilityId, {
        guardian: {
          name: 'Jonas Becker',
          address: { street: 'Hauptstraße 1', postalCode: '53111', city: 'Bonn' },
        },
        child: { initials: 'LB', birthYear: 2019 },
        patterns: undefined,
      });
      const read = await t.api().get(`/api/v1/cases/${created.id}`).expect(200);
      expect(read.body.guardian).toEqual({
        name: 'Jonas Becker',
        email: null,
        phone: null,
        address: { street: 'Hauptstraße 1', postalCode: '53111', city: 'Bonn' },
      });
      expect(read.body.child).toEqual({
        initials: 'LB',
        birthYear: 2019,
        disability: null,
        assistance: null,
      });
      expect(read.body.patterns).toEqual([]);
    });

    it('keeps script and SQL in free text as plain data', async () => {
      const text = `<script>alert(1)</script>'); DROP TABLE cases; --`;
      const created = await createCase(t, facilityId, { description: text });
      const read = await t.api().get(`/api/v1/cases/${created.id}`).expect(200);
      expect(read.body.description).toBe(text);
    });
  });

  describe('bad input on create', () => {
    const send = (body: unknown) =>
      t
        .api()
        .post('/api/v1/cases')
        .send(body as object);
    let casesBefore: number;
    let eventsBefore: number;
    beforeAll(async () => {
      casesBefore = await countRows(t, 'cases');
      eventsBefore = await countRows(t, 'case_events');
    });

    it('answers malformed JSON with 400 and writes nothing', async () => {
      const res = await t
        .api()
        .post('/api/v1/cases')
        .set('Content-Type', 'application/json')
        .send('{"facilityId": "x",');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'malformed_json',
        message: 'Der Anfragetext ist kein gültiges JSON-Objekt.',
      });
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });

    it('answers a JSON array instead of an object with 400', async () => {
      const res = await t
        .api()
        .post('/api/v1/cases')
        .send([makeCase(facilityId)]);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Der Anfragetext muss ein JSON-Objekt sein.');
    });

    it('answers a body that is not JSON with 415', async () => {
      const res = await t
        .api()
        .post('/api/v1/cases')
        .set('Content-Type', 'text/plain')
        .send('facilityId=1');
      expect(res.status).toBe(415);
      expect(res.body.message).toContain('application/json');
    });

    it('answers a body over 1 MB with 413', async () => {
      const res = await send(makeCase(facilityId, { description: 'x'.repeat(1024 * 1024 + 1) }));
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        code: 'payload_too_large',
        message: 'Der Anfragetext ist größer als 1 MB.',
      });
    });

    it.each([
      ['facilityId', 'facilityId'],
      ['receivedAt', 'receivedAt'],
      ['channel', 'channel'],
      ['guardian', 'guardian'],
      ['child', 'child'],
      ['description', 'description'],
    ])('names the missing field %s', async (field, path) => {
      const body: Record<string, unknown> = makeCase(facilityId);
      delete body[field];
      const error = expectFieldError(await send(body), path, 'required');
      expect(error.message).toBe('fehlt.');
    });

    it('names missing nested fields with their path', async () => {
      const res = await send(makeCase(facilityId, { guardian: {}, child: { birthYear: 2020 } }));
      expectFieldError(res, 'guardian.name', 'required');
      expectFieldError(res, 'child.initials', 'required');
    });

    it('names unknown fields, nested ones too', async () => {
      const top = await send({ ...makeCase(facilityId), priority: 'high' });
      expectFieldError(top, 'priority', 'unknown_field');
      const nested = await send(makeCase(facilityId, { guardian: { name: 'A', religion: 'x' } }));
      expectFieldError(nested, 'guardian.religion', 'unknown_field');
    });

    it.each([
      ['child.birthYear', { child: { initials: 'MK', birthYear: '2021' } }, 'isInt'],
      ['patterns', { patterns: 'absence_exclusion' }, 'isArray'],
      ['description', { description: 42 }, 'isString'],
      ['guardian', { guardian: 'Sabine Keller' }, 'isObject'],
      ['facilityId', { facilityId: 'kita-1' }, 'isUuid'],
      ['channel', { channel: 'fax' }, 'isIn'],
      ['patterns', { patterns: ['absence_exclusion', 'bad_weather'] }, 'isIn'],
    ])('names the field %s when its type is wrong', async (field, overrides, code) => {
      expectFieldError(await send(makeCase(facilityId, overrides)), field, code);
    });

    it.each([
      ['child.birthYear', { child: { initials: 'MK', birthYear: 1990 } }],
      ['child.birthYear', { child: { initials: 'MK', birthYear: 2100 } }],
      [
        'child.assistance.hoursPerWeek',
        {
          child: {
            initials: 'MK',
            birthYear: 2020,
            assistance: { kind: 'kita_assistance', hoursPerWeek: 100 },
          },
        },
      ],
      [
        'child.assistance.hoursPerWeek',
        {
          child: {
            initials: 'MK',
            birthYear: 2020,
            assistance: { kind: 'kita_assistance', hoursPerWeek: 10.25 },
          },
        },
      ],
      ['child.initials', { child: { initials: 'Mia Keller', birthYear: 2020 } }],
      ['receivedAt', { receivedAt: '2999-01-01' }],
      ['receivedAt', { receivedAt: '2026-02-30' }],
      ['receivedAt', { receivedAt: '1999-12-31' }],
      ['receivedAt', { receivedAt: '02.03.2026' }],
      ['description', { description: 'x'.repeat(20_001) }],
      ['description', { description: '   ' }],
      ['guardian.email', { guardian: { name: 'A', email: 'not-an-address' } }],
      ['guardian.phone', { guardian: { name: 'A', phone: 'call me' } }],
      [
        'guardian.address.postalCode',
        { guardian: { name: 'A', address: { street: 'S 1', postalCode: '5011', city: 'Köln' } } },
      ],
      ['patterns', { patterns: ['absence_exclusion', 'absence_exclusion'] }],
    ])('names the field %s when its value is out of range', async (field, overrides) => {
      expectFieldError(await send(makeCase(facilityId, overrides)), field);
    });

    it.each([
      [
        'description',
        { description: 'Text mit \u0000 darin' },
        'darf außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen enthalten.',
      ],
      [
        'guardian.name',
        { guardian: { name: 'Sabine\u0007 Keller' } },
        'darf keine Steuerzeichen enthalten, auch keine Zeilenumbrüche oder Tabulatoren.',
      ],
    ])(
      'names the field %s when it holds a control character',
      async (field, overrides, message) => {
        const error = expectFieldError(await send(makeCase(facilityId, overrides)), field);
        expect(error.message).toBe(message);
      },
    );

    it('treats keys that could reach object prototypes as unknown fields', async () => {
      const body = `{"constructor": {"name": "x"}, "guardian": {"__proto__": {"admin": true}, "name": "A"}}`;
      const res = await t
        .api()
        .post('/api/v1/cases')
        .set('Content-Type', 'application/json')
        .send(body);
      expectFieldError(res, 'constructor', 'unknown_field');
      expectFieldError(res, 'guardian.__proto__', 'unknown_field');
    });

    it('names an unknown facility', async () => {
      const res = await send(makeCase('00000000-0000-4000-8000-000000000000'));
      const error = expectFieldError(res, 'facilityId', 'unknown_reference');
      expect(error.message).toBe('Eine Einrichtung mit dieser ID gibt es nicht.');
    });

    it('wrote nothing for any of the requests above', async () => {
      expect(await countRows(t, 'cases')).toBe(casesBefore);
      expect(await countRows(t, 'case_events')).toBe(eventsBefore);
    });
  });

  describe('reading', () => {
    it('answers an id that is not a UUID with 400 and an unknown one with 404', async () => {
      expectFieldError(await t.api().get('/api/v1/cases/123'), 'id', 'isUuid');
      const res = await t
        .api()
        .get('/api/v1/cases/00000000-0000-4000-8000-000000000000')
        .expect(404);
      expect(res.body).toMatchObject({
        code: 'case_not_found',
        message: 'Diesen Fall gibt es nicht.',
      });
    });
  });

  describe('status transitions', () => {
    it('moves a case along the state machine and records who, when and why', async () => {
      const { id } = await createCase(t, facilityId);
      const steps = [
        ['assessing', 'Vertrag angefordert'],
        ['provider_contacted', 'Beratungsschreiben an den Träger'],
        ['resolved', 'Nebenabrede gestrichen'],
      ];
      for (const [to, reason] of steps) {
        const res = await t
          .api()
          .post(`/api/v1/cases/${id}/transitions`)
          .send({ to, reason })
          .expect(200);
        expect(res.body.status).toBe(to);
      }
      const read = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(read.body.closedAt).toEqual(expect.any(String));
      expect(read.body.allowedTransitions).toEqual([]);
      expect(read.body.timeline.map((e: { type: string }) => e.type)).toEqual([
        'created',
        'status_changed',
        'status_changed',
        'status_changed',
      ]);
      expect(read.body.timeline[2]).toMatchObject({
        actor: { name: 'tester@teilhabe.test' },
        data: {
          from: 'assessing',
          to: 'provider_contacted',
          reason: 'Beratungsschreiben an den Träger',
        },
      });
    });

    it('refuses an illegal transition with 409 naming the allowed ones', async () => {
      const { id } = await createCase(t, facilityId);
      const res = await t
        .api()
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to: 'resolved', reason: 'zu früh' })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'illegal_transition',
        from: 'received',
        to: 'resolved',
        allowed: ['assessing', 'withdrawn'],
      });
      expect(res.body.message).toBe(
        'Ein Fall im Status „Eingegangen“ (received) kann nicht in den Status „Erledigt“ (resolved) ' +
          'wechseln. Erlaubt sind: „In Prüfung“ (assessing), „Zurückgezogen“ (withdrawn).',
      );
      const read = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(read.body.status).toBe('received');
      expect(read.body.timeline).toHaveLength(1);
    });

    it('lets the parents withdraw an open case and then allows nothing more', async () => {
      const { id } = await createCase(t, facilityId);
      await t
        .api()
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to: 'assessing', reason: 'Prüfung' })
        .expect(200);
      await t
        .api()
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to: 'withdrawn', reason: 'Eltern haben Platz gewechselt' })
        .expect(200);
      const res = await t
        .api()
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to: 'assessing', reason: 'x' })
        .expect(409);
      expect(res.body.allowed).toEqual([]);
      expect(res.body.message).toContain('abgeschlossen');
    });

    it('names bad transition input', async () => {
      const { id } = await createCase(t, facilityId);
      expectFieldError(
        await t.api().post(`/api/v1/cases/${id}/transitions`).send({ to: 'closed', reason: 'x' }),
        'to',
        'isIn',
      );
      expectFieldError(
        await t.api().post(`/api/v1/cases/${id}/transitions`).send({ to: 'assessing' }),
        'reason',
        'required',
      );
      expectFieldError(
        await t
          .api()
          .post(`/api/v1/cases/${id}/transitions`)
          .send({ to: 'assessing', reason: 'x', by: 'me' }),
        'by',
        'unknown_field',
      );
      await t
        .api()
        .post('/api/v1/cases/00000000-0000-4000-8000-000000000000/transitions')
        .send({ to: 'assessing', reason: 'x' })
        .expect(404);
      expectFieldError(
        await t.api().post('/api/v1/cases/nope/transitions').send({ to: 'assessing', reason: 'x' }),
        'id',
      );
    });
  });

  describe('corrections', () => {
    it('changes facts and records which fields changed, without personal values', async () => {
      const { id } = await createCase(t, facilityId);
      const res = await t
        .api()
        .patch(`/api/v1/cases/${id}`)
        .send({
          patterns: ['absence_exclusion', 'parent_must_substitute'],
          guardian: { phone: null, email: 'neu@example.org' },
          child: { assistance: { kind: 'kita_assistance', hoursPerWeek: 30 } },
        })
        .expect(200);
      expect(res.body.patterns).toEqual(['absence_exclusion', 'parent_must_substitute']);
      expect(res.body.guardian).toMatchObject({
        name: 'Sabine Keller',
        email: 'neu@example.org',
        phone: null,
      });
      expect(res.body.child.assistance).toEqual({ kind: 'kita_assistance', hoursPerWeek: 30 });
      const event = res.body.timeline[1];
      expect(event.type).toBe('updated');
      expect(event.data.changes).toEqual([
        {
          field: 'patterns',
          from: ['absence_exclusion'],
          to: ['absence_exclusion', 'parent_must_substitute'],
        },
        { field: 'guardian.email' },
        { field: 'guardian.phone' },
        { field: 'child.assistance' },
      ]);
      expect(JSON.stringify(event)).not.toContain('neu@example.org');
    });

    it('keeps the date of receipt within the year of the Aktenzeichen', async () => {
      const { id, reference } = await createCase(t, facilityId, { receivedAt: '2026-01-05' });
      const moved = await t
        .api()
        .patch(`/api/v1/cases/${id}`)
        .send({ receivedAt: '2026-01-02' })
        .expect(200);
      expect(moved.body.receivedAt).toBe('2026-01-02');
      const error = expectFieldError(
        await t.api().patch(`/api/v1/cases/${id}`).send({ receivedAt: '2025-12-30' }),
        'receivedAt',
        'reference_year_fixed',
      );
      expect(error.message).toBe(
        `muss im Jahr 2026 liegen, dem Jahr des Aktenzeichens ${reference}.`,
      );
    });

    it('records nothing when nothing changed', async () => {
      const { id } = await createCase(t, facilityId);
      const res = await t.api().patch(`/api/v1/cases/${id}`).send({ channel: 'email' }).expect(200);
      expect(res.body.timeline).toHaveLength(1);
    });

    it('refuses to change a closed case and names bad fields', async () => {
      const { id } = await createCase(t, facilityId);
      await t
        .api()
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to: 'withdrawn', reason: 'x' })
        .expect(200);
      const res = await t
        .api()
        .patch(`/api/v1/cases/${id}`)
        .send({ description: 'neu' })
        .expect(409);
      expect(res.body.code).toBe('case_closed');

      const open = await createCase(t, facilityId);
      expectFieldError(
        await t
          .api()
          .patch(`/api/v1/cases/${open.id}`)
          .send({ guardian: { name: null } }),
        'guardian.name',
      );
      expectFieldError(
        await t.api().patch(`/api/v1/cases/${open.id}`).send({ reference: 'x' }),
        'reference',
        'unknown_field',
      );
      expectFieldError(
        await t
          .api()
          .patch(`/api/v1/cases/${open.id}`)
          .send({ facilityId: '00000000-0000-4000-8000-000000000000' }),
        'facilityId',
        'unknown_reference',
      );
      await t
        .api()
        .patch('/api/v1/cases/00000000-0000-4000-8000-000000000000')
        .send({ description: 'x' })
        .expect(404);
    });
  });
});

describe('case list', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const kitaKoeln = await createFacility(t, { district: 'Köln', kind: 'kita' });
    const ogsBonn = await createFacility(t, { district: 'Bonn', kind: 'ogs' });
    ids.a = (
      await createCase(t, kitaKoeln, {
        receivedAt: '2024-09-10',
        patterns: ['absence_exclusion'],
        description: 'Assistenz krank, Kind nach Hause geschickt',
      })
    ).id;
    ids.b = (
      await createCase(t, kitaKoeln, {
        receivedAt: '2025-01-15',
        patterns: ['hours_capped_to_assistance'],
        description: 'Betreuung auf 25 Stunden begrenzt',
      })
    ).id;
    ids.c = (
      await createCase(t, ogsBonn, {
        receivedAt: '2025-06-30',
        patterns: ['activity_exclusion', 'absence_exclusion'],
        description: 'Ausflug in den Zoo ohne Schulbegleitung verboten',
      })
    ).id;
    ids.d = (
      await createCase(t, ogsBonn, {
        receivedAt: '2025-10-01',
        patterns: [],
        description: '100% Ausschluss_am Freitag',
      })
    ).id;
    await t
      .api()
      .post(`/api/v1/cases/${ids.b}/transitions`)
      .send({ to: 'assessing', reason: 'x' })
      .expect(200);
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const res = await t.api().get(`/api/v1/cases?${query}`).expect(200);
    return (res.body.items as { id: string }[]).map((c) => c.id);
  };

  it("lists newest first without the family's personal data", async () => {
    const res = await t.api().get('/api/v1/cases').expect(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([ids.d, ids.c, ids.b, ids.a]);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items[0]).not.toHaveProperty('guardian');
    expect(res.body.items[0]).toMatchObject({
      district: { name: 'Bonn' },
      facility: { kind: 'ogs' },
    });
  });

  it('filters by status, district, facility kind, pattern and date of receipt', async () => {
    expect(await list('status=assessing')).toEqual([ids.b]);
    expect(await list('status=received,assessing')).toEqual([ids.d, ids.c, ids.b, ids.a]);
    expect(await list(`districtId=${await districtId(t, 'Bonn')}`)).toEqual([ids.d, ids.c]);
    expect(await list('facilityKind=kita')).toEqual([ids.b, ids.a]);
    expect(await list('pattern=absence_exclusion')).toEqual([ids.c, ids.a]);
    expect(await list('receivedFrom=2025-01-15&receivedTo=2025-06-30')).toEqual([ids.c, ids.b]);
  });

  it('searches the reference and the description, taking % and _ literally', async () => {
    expect(await list('q=Zoo')).toEqual([ids.c]);
    expect(await list('q=zoo')).toEqual([ids.c]);
    expect(await list('q=42.22-2024-')).toEqual([ids.a]);
    expect(await list('q=100%25')).toEqual([ids.d]);
    expect(await list('q=s_a')).toEqual([ids.d]);
  });

  it('pages with a cursor without losing or repeating a case', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.api().get(`/api/v1/cases?${query}`).expect(200);
      seen.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual([ids.d, ids.c, ids.b, ids.a]);
  });

  it.each([
    ['status=bogus', 'status'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=201', 'limit'],
    ['pattern=rain', 'pattern'],
    ['receivedFrom=2025-13-01', 'receivedFrom'],
    ['districtId=koeln', 'districtId'],
    ['cursor=not-a-cursor', 'cursor'],
    ['sort=name', 'sort'],
    ['receivedFrom=2025-02-01&receivedTo=2025-01-01', 'receivedTo'],
    ['q=%00', 'q'],
  ])('answers the bad query %s with 400 naming %s', async (query, field) => {
    expectFieldError(await t.api().get(`/api/v1/cases?${query}`), field);
  });
});

describe('case search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const res = await t.api().get(`/api/v1/cases?${query}`).expect(200);
    return (res.body.items as { id: string }[]).map((c) => c.id);
  };

  it('finds descriptions deep in the list and pages through the matches', async () => {
    // More cases than the first search batch, with the matches spread among them.
    const kita = await createFacility(t, { district: 'Köln' });
    const matches: string[] = [];
    for (let i = 0; i < 70; i++) {
      const day = `2023-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const hit = i % 23 === 0;
      const created = await createCase(t, kita, {
        receivedAt: day,
        description: hit
          ? `Die Leitung sagt: ohne Begleitung kein Schwimmkurs (${i}).`
          : `Fall ${i}`,
      });
      if (hit) matches.unshift(created.id);
    }
    expect(matches).toHaveLength(4);
    expect(await list('q=SCHWIMMKURS')).toEqual(matches);
    const first = await t.api().get('/api/v1/cases?q=schwimmkurs&limit=3').expect(200);
    const second = await t
      .api()
      .get(`/api/v1/cases?q=schwimmkurs&limit=3&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect([...first.body.items, ...second.body.items].map((c: { id: string }) => c.id)).toEqual(
      matches,
    );
    expect(second.body.nextCursor).toBeNull();
    expect(await list('q=Schwimmkurs%20(69)')).toEqual([matches[0]]);
    expect(await list('q=kein%20Schwimmbad')).toEqual([]);
    // Out of their districts, a caseworker finds nothing, however well the words match.
    const bonn = await t.as('caseworker', ['Bonn']);
    const res = await bonn.get('/api/v1/cases?q=schwimmkurs').expect(200);
    expect(res.body.items).toEqual([]);
  });
});
