import { type FormEvent, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, call, client, type Schemas } from '../api';
import { formatDate } from '../labels';
import { usePageTitle } from '../page-title';
import { useSession, useUser } from '../session';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

type Assessment = Schemas['AssessmentView'];
type OverviewYear = Schemas['OverviewYearView'];

/** "469569.68" → "469.569,68 €", digit by digit (no floating point). */
export function euro(amount: string): string {
  const [whole, cents = '00'] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents.padEnd(2, '0')} €`;
}

/** Cents of a decimal string, for the chart's proportions only. */
const cents = (amount: string) => {
  const [whole, part = '0'] = amount.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
};

const VERDICT_LABELS: Record<string, string> = {
  eligible: 'förderfähig',
  ineligible: 'nicht förderfähig',
  partly_eligible: 'teilweise förderfähig',
};

const CATEGORY_LABELS: Record<string, string> = {
  pool_personnel: 'Personalkosten Pool-Modell',
  pool_overhead: 'Planung und Koordination (Overhead)',
  qualification: 'Qualifizierung der Schulbegleitungen',
  exchange_meetings: 'Austauschtreffen',
  coordination_formats: 'Formate zur Planung und Koordination',
  collegial_case_consultation: 'Kollegiale Fallberatung',
  networking: 'Vernetzung',
  brochures: 'Informationsbroschüren',
  expert_support: 'Unterstützung durch Experten',
  concept_development: 'Konzeptentwicklung',
  supervision: 'Supervision',
  forwarding_to_municipality: 'Weiterleitung an eine Gemeinde',
  individual_claim: 'Individualanspruch',
  general_budget: 'Allgemeiner Haushalt',
};

/** The districts the user works for (all of them for administrators). */
function useMyDistricts() {
  const user = useUser();
  const { districts } = useSession();
  return user.districtIds.length > 0
    ? districts.filter((d) => user.districtIds.includes(d.id))
    : districts;
}

function FundingNav() {
  return (
    <nav aria-label="Förderung" className="links">
      <Link to="/foerderung">Übersicht</Link> ·{' '}
      <Link to="/foerderung/zuweisungen">Zuweisungen</Link> ·{' '}
      <Link to="/foerderung/schulen">Schulen</Link> ·{' '}
      <Link to="/foerderung/pool-modelle">Pool-Modelle</Link>
    </nav>
  );
}

/** The district overview: allocation, use by category, pool coverage beside OGS complaints. */
export function FundingOverview() {
  usePageTitle('Förderung: Übersicht');
  const mine = useMyDistricts();
  const [params, setParams] = useSearchParams();
  const districtId = params.get('bezirk') ?? mine[0]?.id ?? '';
  const overview = useApi(['funding-overview', districtId], (signal) =>
    districtId
      ? call(
          client.GET('/api/v1/funding/districts/{id}/overview', {
            params: { path: { id: districtId } },
            signal,
          }),
        )
      : Promise.resolve(null),
  );
  const reminders = useApi(['funding-reminders'], (signal) =>
    call(client.GET('/api/v1/funding/reminders', { signal })),
  );
  return (
    <>
      <h1 className="hyphenate">Inklusionspauschale</h1>
      <FundingNav />
      <form className="filters" aria-label="Bezirk wählen" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="funding-district">Bezirk</label>
          <select
            id="funding-district"
            value={districtId}
            onChange={(e) => setParams({ bezirk: e.target.value })}
          >
            {mine.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <section aria-labelledby="reminders-heading" className="panel">
        <h2 id="reminders-heading">Rückzahlungen (Frist 1. April)</h2>
        <Loaded state={reminders}>
          {(list) =>
            list.items.length === 0 ? (
              <p className="empty">Keine Rückzahlung offen.</p>
            ) : (
              <ul className="plain-list">
                {list.items.map((r) => (
                  <li key={r.id}>
                    <Link to={`/foerderung/zuweisungen/${r.allocationId}`}>
                      {r.district.name}, Schuljahr {r.schoolYear}
                    </Link>
                    : {euro(r.repaymentDue)} bis {formatDate(r.dueBy)}{' '}
                    {r.status === 'due' && <span className="badge">Frist naht</span>}
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      {districtId && (
        <Loaded state={overview}>
          {(o) =>
            o && (
              <>
                <CoverageBesideComplaints years={o.years} />
                {o.years.map((y) => (
                  <YearOverview key={y.schoolYear} year={y} />
                ))}
              </>
            )
          }
        </Loaded>
      )}
    </>
  );
}

/** Per school year: the share of schools of Gemeinsames Lernen in a pool, beside the OGS complaints. */
function CoverageBesideComplaints({ years }: { years: OverviewYear[] }) {
  const rows = [...years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const most = Math.max(1, ...rows.map((y) => y.ogsComplaints));
  const width = 600;
  const half = 250;
  const rowHeight = 30;
  const percent = (p: number | null) => (p === null ? '–' : `${String(p).replace('.', ',')} %`);
  return (
    <section className="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Pool-Abdeckung und Beschwerden über OGS</h2>
      <svg
        role="img"
        aria-labelledby="coverage-chart"
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 30}`}
        className="chart"
      >
        <title id="coverage-chart">
          Anteil der Schulen des Gemeinsamen Lernens in einem Pool-Modell (links) und Beschwerden
          über OGS (rechts) je Schuljahr; die Tabelle darunter nennt die Zahlen.
        </title>
        <text x={90} y={14} fontSize="12" fill="#1b1b1b">
          Pool-Abdeckung
        </text>
        <text x={90 + half + 10} y={14} fontSize="12" fill="#1b1b1b">
          Beschwerden über OGS
        </text>
        {rows.map((y, i) => (
          <g key={y.schoolYear} transform={`translate(0, ${i * rowHeight + 22})`}>
            <text x={0} y={16} fontSize="12" fill="#1b1b1b">
              {y.schoolYear}
            </text>
            <rect
              x={90}
              y={4}
              width={((half - 10) * (y.coverage.percent ?? 0)) / 100}
              height={16}
              fill="#0b4f8a"
            />
            <rect
              x={90 + half + 10}
              y={4}
              width={((half - 10) * y.ogsComplaints) / most}
              height={16}
              fill="#a4000f"
            />
          </g>
        ))}
      </svg>
      <div className="table-wrap">
        <table>
          <caption>Pool-Abdeckung und Beschwerden über OGS je Schuljahr</caption>
          <thead>
            <tr>
              <th scope="col">Schuljahr</th>
              <th scope="col">Schulen im Pool-Modell</th>
              <th scope="col">Abdeckung</th>
              <th scope="col">Beschwerden über OGS</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((y) => (
              <tr key={y.schoolYear}>
                <th scope="row">{y.schoolYear}</th>
                <td>
                  {y.coverage.schoolsInPoolModel} von {y.coverage.commonLearningSchools}
                </td>
                <td>{percent(y.coverage.percent)}</td>
                <td>{y.ogsComplaints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function YearOverview({ year }: { year: OverviewYear }) {
  const id = `year-${year.schoolYear.replace('/', '-')}`;
  const max = Math.max(1, ...year.useByCategory.map((c) => cents(c.amount)));
  const rowHeight = 28;
  const width = 600;
  const label = 230;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>Schuljahr {year.schoolYear}</h2>
      <dl className="facts">
        <dt>Zuweisung</dt>
        <dd>
          {year.allocation ? (
            <Link to={`/foerderung/zuweisungen/${year.allocation.id}`}>
              {euro(year.allocation.amount)}
            </Link>
          ) : (
            'keine erfasst'
          )}
        </dd>
        {year.assessment && (
          <>
            <dt>Zweckentsprechend verwandt</dt>
            <dd>{euro(year.assessment.properlyUsed)}</dd>
            <dt>Rückzahlung</dt>
            <dd>
              {euro(year.assessment.repaymentDue)}
              {year.assessment.repaymentDueBy &&
                ` bis ${formatDate(year.assessment.repaymentDueBy)}`}
            </dd>
          </>
        )}
        <dt>Pool-Abdeckung</dt>
        <dd>
          {year.coverage.schoolsInPoolModel} von {year.coverage.commonLearningSchools} Schulen des
          Gemeinsamen Lernens
          {year.coverage.percent !== null &&
            ` (${String(year.coverage.percent).replace('.', ',')} %)`}
        </dd>
        <dt>Beschwerden über OGS</dt>
        <dd>{year.ogsComplaints}</dd>
      </dl>
      {year.useByCategory.length > 0 && (
        <>
          <h3>Verwendung nach Kategorie</h3>
          <svg
            role="img"
            aria-labelledby={`${id}-chart`}
            viewBox={`0 0 ${width} ${year.useByCategory.length * rowHeight + 10}`}
            className="chart"
          >
            <title id={`${id}-chart`}>
              Verwendung nach Kategorie im Schuljahr {year.schoolYear}; die Tabelle darunter nennt
              die Beträge.
            </title>
            {year.useByCategory.map((c, i) => {
              const total = ((width - label - 10) * cents(c.amount)) / max;
              const eligible = ((width - label - 10) * cents(c.eligible)) / max;
              return (
                <g key={c.category} transform={`translate(0, ${i * rowHeight + 5})`}>
                  <text x={0} y={17} fontSize="12" fill="#1b1b1b">
                    {c.label.length > 32 ? `${c.label.slice(0, 31)}…` : c.label}
                  </text>
                  <rect x={label} y={4} width={total} height={18} fill="#a4000f" />
                  <rect x={label} y={4} width={eligible} height={18} fill="#0b4f8a" />
                </g>
              );
            })}
          </svg>
          <p className="sub">Blau: förderfähig, Rot: nicht förderfähig.</p>
          <div className="table-wrap">
            <table>
              <caption>Verwendung nach Kategorie, Schuljahr {year.schoolYear}</caption>
              <thead>
                <tr>
                  <th scope="col">Kategorie</th>
                  <th scope="col">Ausgaben</th>
                  <th scope="col">davon förderfähig</th>
                </tr>
              </thead>
              <tbody>
                {year.useByCategory.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{c.label}</th>
                    <td>{euro(c.amount)}</td>
                    <td>{euro(c.eligible)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The allocations of the user's districts, and a form for a new one. */
export function AllocationList() {
  usePageTitle('Förderung: Zuweisungen');
  const mine = useMyDistricts();
  const allocations = useApi(['allocations'], (signal) =>
    call(client.GET('/api/v1/funding/allocations', { params: { query: { limit: 100 } }, signal })),
  );
  const [form, setForm] = useState({
    districtId: '',
    schoolYear: '',
    amount: '',
    decidedAt: '',
    paidAt: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        client.POST('/api/v1/funding/allocations', {
          body: { ...form, districtId: form.districtId || mine[0]?.id || '' },
        }),
      );
      setForm({ districtId: '', schoolYear: '', amount: '', decidedAt: '', paidAt: '' });
      allocations.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };
  const text = (name: keyof typeof form, labelText: string, hint: string) => (
    <TextField
      className="field"
      name={name}
      value={form[name]}
      onChange={(v) => setForm({ ...form, [name]: v })}
    >
      <Label>{labelText}</Label>
      <Input placeholder={hint} />
    </TextField>
  );
  return (
    <>
      <h1 className="hyphenate">Zuweisungen der Inklusionspauschale</h1>
      <FundingNav />
      <Loaded state={allocations}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">Noch keine Zuweisungen.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Zuweisungen</caption>
                <thead>
                  <tr>
                    <th scope="col">Bezirk</th>
                    <th scope="col">Schuljahr</th>
                    <th scope="col">Betrag</th>
                    <th scope="col">Vergleich</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Link to={`/foerderung/zuweisungen/${a.id}`}>{a.district.name}</Link>
                      </td>
                      <td>{a.schoolYear}</td>
                      <td>{euro(a.amount)}</td>
                      <td>
                        {a.settlement
                          ? `${euro(a.settlement.deemedProperlyUsed)} als zweckentsprechend verwandt`
                          : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <h2>Neue Zuweisung</h2>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label="Neue Zuweisung">
        <div className="field">
          <label htmlFor="allocation-district">Bezirk (Empfänger)</label>
          <select
            id="allocation-district"
            value={form.districtId || mine[0]?.id || ''}
            onChange={(e) => setForm({ ...form, districtId: e.target.value })}
          >
            {mine.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        {text('schoolYear', 'Schuljahr', '2020/2021')}
        {text('amount', 'Betrag in Euro', '891931.68')}
        {text('decidedAt', 'Festsetzungsbescheid vom', 'JJJJ-MM-TT')}
        {text('paidAt', 'Ausgezahlt am', 'JJJJ-MM-TT')}
        <FormErrors error={error} />
        <Button type="submit" className="button">
          Zuweisung anlegen
        </Button>
      </form>
    </>
  );
}

function FormErrors({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="form-error">
      <p>{error.message}</p>
      {error.fields.length > 0 && (
        <ul className="field-errors">
          {error.fields.map((f, i) => (
            <li key={`${f.field}-${i}`}>
              {f.message.startsWith('Zeile') ? f.message : `${f.field}: ${f.message}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One allocation: its assessment line by line, the CSV import, the settlement, the notice. */
export function AllocationPage() {
  const { id = '' } = useParams();
  const allocation = useApi(['allocation', id], (signal) =>
    call(client.GET('/api/v1/funding/allocations/{id}', { params: { path: { id } }, signal })),
  );
  const assessment = useApi(['assessment', id], (signal) =>
    call(
      client.GET('/api/v1/funding/allocations/{id}/assessment', {
        params: { path: { id } },
        signal,
      }),
    ),
  );
  const letters = useApi(['allocation-letters', id], (signal) =>
    call(
      client.GET('/api/v1/funding/allocations/{id}/letters', { params: { path: { id } }, signal }),
    ),
  );
  usePageTitle(
    allocation.data
      ? `Zuweisung ${allocation.data.district.name} ${allocation.data.schoolYear}`
      : 'Zuweisung',
  );
  const reload = () => {
    allocation.reload();
    assessment.reload();
    letters.reload();
  };
  return (
    <Loaded state={allocation}>
      {(a) => (
        <>
          <p className="breadcrumb">
            <Link to="/foerderung/zuweisungen">Zuweisungen</Link>
          </p>
          <h1 className="hyphenate">
            Inklusionspauschale {a.district.name}, Schuljahr {a.schoolYear}
          </h1>
          <dl className="facts">
            <dt>Zugewiesen</dt>
            <dd>{euro(a.amount)}</dd>
            <dt>Festsetzungsbescheid</dt>
            <dd>{formatDate(a.decidedAt)}</dd>
            <dt>Ausgezahlt</dt>
            <dd>{formatDate(a.paidAt)}</dd>
          </dl>
          <Loaded state={assessment}>{(s) => <AssessmentPanel assessment={s} />}</Loaded>
          <CsvImport allocationId={id} onDone={reload} />
          <SettlementForm allocationId={id} onDone={reload} />
          <section className="panel" aria-labelledby="notice-heading">
            <h2 id="notice-heading">Anzeige an das Ministerium</h2>
            <p>
              Kann die Inklusionspauschale nicht vollständig zweckentsprechend verwandt werden,
              zeigt der Empfänger dies dem Ministerium für Schule und Bildung an (§ 4 Abs. 2 der
              Vereinbarung).
            </p>
            <NoticeButton allocationId={id} onDone={reload} />
            <Loaded state={letters}>
              {(list) =>
                list.length === 0 ? null : (
                  <ul className="plain-list">
                    {list.map((l) => (
                      <li key={l.id}>
                        <a
                          href={`/api/v1/funding/allocations/${id}/letters/${l.id}/pdf`}
                          target="_blank"
                          rel="noreferrer"
                        >
                          {l.subject} (Entwurf vom {formatDate(l.letterDate)}, PDF)
                        </a>
                      </li>
                    ))}
                  </ul>
                )
              }
            </Loaded>
          </section>
        </>
      )}
    </Loaded>
  );
}

function AssessmentPanel({ assessment: s }: { assessment: Assessment }) {
  return (
    <section className="panel" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Prüfung der Verwendung</h2>
      <dl className="facts">
        <dt>förderfähig</dt>
        <dd>{euro(s.eligible)}</dd>
        <dt>nicht förderfähig</dt>
        <dd>{euro(s.ineligible)}</dd>
        <dt>nicht verwendet</dt>
        <dd>{euro(s.unused)}</dd>
        <dt>zweckentsprechend verwandt</dt>
        <dd>
          {euro(s.properlyUsed)}
          {s.settlement && ` (laut Vergleich vom ${formatDate(s.settlement.agreedAt)})`}
        </dd>
        <dt>Rückzahlung</dt>
        <dd>
          <strong>{euro(s.repaymentDue)}</strong>
          {s.repaymentDueBy && ` bis ${formatDate(s.repaymentDueBy)}`}
        </dd>
      </dl>
      {s.lines.length === 0 ? (
        <p className="empty">Noch keine Ausgaben erfasst.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Ausgaben und ihre Prüfung</caption>
            <thead>
              <tr>
                <th scope="col">Ausgabe</th>
                <th scope="col">Betrag</th>
                <th scope="col">Ergebnis</th>
                <th scope="col">förderfähig</th>
                <th scope="col">Begründung</th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l) => (
                <tr key={l.expenditureId}>
                  <td>
                    {CATEGORY_LABELS[l.category] ?? l.categoryLabel}
                    <br />
                    <span className="sub">{l.description}</span>
                  </td>
                  <td>{euro(l.amount)}</td>
                  <td>{VERDICT_LABELS[l.verdict]}</td>
                  <td>{euro(l.eligible)}</td>
                  <td>
                    {l.reason}
                    <br />
                    <span className="sub">
                      {l.norm} ({l.rule})
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CsvImport({ allocationId, onDone }: { allocationId: string; onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage('');
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await call(
        client.POST('/api/v1/funding/allocations/{id}/expenditures/import', {
          params: { path: { id: allocationId } },
          body: bytes as never,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'content-type': 'text/csv' },
        }),
      );
      setMessage(
        `${result.imported} ${result.imported === 1 ? 'Ausgabe' : 'Ausgaben'} importiert (zusammen ${euro(result.total)}).`,
      );
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Ausgaben aus CSV importieren</h2>
      <p className="sub">
        Export der Kämmerei: Semikolon, Spalten Datum;Kategorie;Betrag;Beschreibung, Beträge wie
        1.234,56, Datum wie 31.07.2021. Hat eine Zeile einen Fehler, wird nichts importiert.
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label="CSV importieren">
        <div className="field">
          <label htmlFor="csv-file">CSV-Datei</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <FormErrors error={error} />
        <p className="form-message" role="status">
          {message}
        </p>
        <Button type="submit" className="button">
          Importieren
        </Button>
      </form>
    </section>
  );
}

function SettlementForm({ allocationId, onDone }: { allocationId: string; onDone: () => void }) {
  const [deemed, setDeemed] = useState('');
  const [agreedAt, setAgreedAt] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        client.POST('/api/v1/funding/allocations/{id}/settlement', {
          params: { path: { id: allocationId } },
          body: { deemedProperlyUsed: deemed, agreedAt },
        }),
      );
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };
  return (
    <section className="panel" aria-labelledby="settlement-heading">
      <h2 id="settlement-heading">Vergleich</h2>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label="Vergleich erfassen">
        <TextField className="field" value={deemed} onChange={setDeemed} name="deemedProperlyUsed">
          <Label>Als zweckentsprechend verwandt geltend (Euro)</Label>
          <Input placeholder="422362.00" />
        </TextField>
        <TextField className="field" value={agreedAt} onChange={setAgreedAt} name="agreedAt">
          <Label>Vereinbart am</Label>
          <Input placeholder="JJJJ-MM-TT" />
        </TextField>
        <FormErrors error={error} />
        <Button type="submit" className="button">
          Vergleich speichern
        </Button>
      </form>
    </section>
  );
}

function NoticeButton({ allocationId, onDone }: { allocationId: string; onDone: () => void }) {
  const [error, setError] = useState<ApiError | null>(null);
  const draft = async () => {
    setError(null);
    try {
      await call(
        client.POST('/api/v1/funding/allocations/{id}/ministry-notice', {
          params: { path: { id: allocationId } },
        }),
      );
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };
  return (
    <>
      <FormErrors error={error} />
      <Button className="button secondary" onPress={() => void draft()}>
        Anzeige entwerfen
      </Button>
    </>
  );
}

/** The schools of the user's districts, and a form for a new one. */
export function SchoolList() {
  usePageTitle('Förderung: Schulen');
  const mine = useMyDistricts();
  const schools = useApi(['schools'], (signal) =>
    call(client.GET('/api/v1/funding/schools', { params: { query: { limit: 100 } }, signal })),
  );
  const [name, setName] = useState('');
  const [authority, setAuthority] = useState('');
  const [level, setLevel] = useState<'primary' | 'secondary'>('primary');
  const [commonLearning, setCommonLearning] = useState(true);
  const [districtId, setDistrictId] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        client.POST('/api/v1/funding/schools', {
          body: {
            name,
            level,
            commonLearning,
            schoolAuthority: authority,
            districtId: districtId || mine[0]?.id || '',
          },
        }),
      );
      setName('');
      schools.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };
  return (
    <>
      <h1>Schulen</h1>
      <FundingNav />
      <Loaded state={schools}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">Noch keine Schulen.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Schulen</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Schulform</th>
                    <th scope="col">Gemeinsames Lernen</th>
                    <th scope="col">Schulträger</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((s) => (
                    <tr key={s.id}>
                      <td>{s.name}</td>
                      <td>{s.level === 'primary' ? 'Grundschule' : 'weiterführende Schule'}</td>
                      <td>{s.commonLearning ? 'ja' : 'nein'}</td>
                      <td>{s.schoolAuthority}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <h2>Neue Schule</h2>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label="Neue Schule">
        <TextField className="field" value={name} onChange={setName} name="name">
          <Label>Name</Label>
          <Input />
        </TextField>
        <TextField className="field" value={authority} onChange={setAuthority} name="authority">
          <Label>Schulträger</Label>
          <Input />
        </TextField>
        <div className="field">
          <label htmlFor="school-level">Schulform</label>
          <select
            id="school-level"
            value={level}
            onChange={(e) => setLevel(e.target.value as 'primary' | 'secondary')}
          >
            <option value="primary">Grundschule</option>
            <option value="secondary">weiterführende Schule</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="school-district">Bezirk</label>
          <select
            id="school-district"
            value={districtId || mine[0]?.id || ''}
            onChange={(e) => setDistrictId(e.target.value)}
          >
            {mine.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="choice">
          <input
            id="school-gl"
            type="checkbox"
            checked={commonLearning}
            onChange={(e) => setCommonLearning(e.target.checked)}
          />
          <label htmlFor="school-gl">Schule des Gemeinsamen Lernens</label>
        </div>
        <FormErrors error={error} />
        <Button type="submit" className="button">
          Schule anlegen
        </Button>
      </form>
    </>
  );
}

/** The pool models of the user's districts with their figures and schools per school year. */
export function PoolModelList() {
  usePageTitle('Förderung: Pool-Modelle');
  const pools = useApi(['pool-models'], (signal) =>
    call(client.GET('/api/v1/funding/pool-models', { params: { query: { limit: 100 } }, signal })),
  );
  return (
    <>
      <h1>Pool-Modelle</h1>
      <FundingNav />
      <Loaded state={pools}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">Noch keine Pool-Modelle.</p>
          ) : (
            <ul className="plain-list">
              {page.items.map((p) => (
                <li key={p.id}>
                  <h2 className="hyphenate">{p.name}</h2>
                  <dl className="facts">
                    <dt>Bezirk</dt>
                    <dd>{p.district.name}</dd>
                    {p.staffCount !== null && (
                      <>
                        <dt>Stellen</dt>
                        <dd>{p.staffCount}</dd>
                      </>
                    )}
                    {p.hoursPerWeek && (
                      <>
                        <dt>Stunden je Woche</dt>
                        <dd>{p.hoursPerWeek.replace('.0', '').replace('.', ',')}</dd>
                      </>
                    )}
                    {p.payGrade && (
                      <>
                        <dt>Entgeltgruppe</dt>
                        <dd>{p.payGrade}</dd>
                      </>
                    )}
                    {p.personnelCosts && (
                      <>
                        <dt>Personalkosten je Jahr</dt>
                        <dd>{euro(p.personnelCosts)}</dd>
                      </>
                    )}
                    {p.schoolYears.map((y) => (
                      <div key={y.schoolYear} className="contents">
                        <dt>Schulen {y.schoolYear}</dt>
                        <dd>{y.schoolIds.length}</dd>
                      </div>
                    ))}
                  </dl>
                  {p.notes && <p className="description">{p.notes}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
