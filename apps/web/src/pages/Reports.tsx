import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { call, client, type Schemas } from '../api';
import { usePageTitle } from '../page-title';
import { useUser } from '../session';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

// Vega is large: loaded with the chart, on this page only.
const ReportChart = lazy(() => import('./ReportChart'));

type Report = Schemas['CaseCountReportView'];
type Row = Schemas['ReportRowView'];
type Dimension = Report['groupBy'][number];

const DIMENSIONS: Record<Dimension, string> = {
  district: 'Jugendamtsbezirk',
  pattern: 'Ausschlussmuster',
  setting: 'Angebot (Kita, OGS)',
  providerType: 'Trägerart',
  status: 'Ausgang',
  channel: 'Eingang',
  quarter: 'Quartal',
  month: 'Monat',
  year: 'Jahr',
  schoolYear: 'Schuljahr',
};
const TIME: readonly Dimension[] = ['quarter', 'month', 'year', 'schoolYear'];
const CASE_COUNTS = '/api/v1/reports/case-counts';
const INQUIRY = '/api/v1/reports/inquiry-answer';

const RATE = 'je 10.000 Kinder';

/** 12,4 as German readers write a rate; a dash where none can be given. */
const germanRate = (rate: number | null | undefined) =>
  rate === null || rate === undefined
    ? '–'
    : rate.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const isDimension = (v: string | null): v is Dimension => v !== null && v in DIMENSIONS;

/** Case counts by one or two dimensions for a period, as table, chart and downloads. */
export function Reports() {
  usePageTitle('Berichte');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const rows = isDimension(params.get('zeilen')) ? (params.get('zeilen') as Dimension) : 'district';
  const columnsParam = params.get('spalten');
  const columns = isDimension(columnsParam) && columnsParam !== rows ? columnsParam : null;
  const from = params.get('von') || `${year}-01-01`;
  const to = params.get('bis') || `${year}-12-31`;
  const groupBy: Dimension[] = columns ? [rows, columns] : [rows];
  const query = { groupBy, from, to };
  const report = useApi(['report', query], (signal) =>
    call(client.GET(CASE_COUNTS, { params: { query }, signal })),
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const download = (format: string) =>
    `${CASE_COUNTS}?${new URLSearchParams({ groupBy: groupBy.join(','), from, to, format })}`;
  const inquiry = (format: string) => `${INQUIRY}?${new URLSearchParams({ from, to, format })}`;
  const committee = user.role === 'committee';

  return (
    <>
      <h1>Berichte</h1>
      <p>
        {committee
          ? 'Fallzahlen für den Ausschuss: nach Bezirk, Muster und Zeitraum, so geschützt, dass kein einzelnes Kind erkennbar ist. Einzelne Fälle sind für den Ausschuss nicht einsehbar.'
          : 'Genaue Fallzahlen Ihrer Jugendamtsbezirke für den Dienstgebrauch. Für den Ausschuss gibt es die geschützte Fassung und den Antwortentwurf unten.'}
      </p>
      <form className="filters" aria-label="Bericht wählen" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="report-rows">Zeilen</label>
          <select id="report-rows" value={rows} onChange={(e) => set('zeilen', e.target.value)}>
            {Object.entries(DIMENSIONS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-columns">Spalten</label>
          <select
            id="report-columns"
            value={columns ?? ''}
            onChange={(e) => set('spalten', e.target.value)}
          >
            <option value="">Keine (nur Zeilen)</option>
            {Object.entries(DIMENSIONS)
              .filter(([value]) => value !== rows)
              .map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-from">Eingang von</label>
          <input
            id="report-from"
            type="date"
            value={from}
            onChange={(e) => set('von', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-to">Eingang bis</label>
          <input
            id="report-to"
            type="date"
            value={to}
            onChange={(e) => set('bis', e.target.value)}
          />
        </div>
      </form>
      <Loaded state={report}>
        {(data) => (
          <section aria-labelledby="report-title">
            <h2 id="report-title">{data.title}</h2>
            <p className="report-note">{data.note}</p>
            <div className="report-chart-wrap">
              <Suspense fallback={<p aria-live="polite">Diagramm wird geladen …</p>}>
                <ReportChart
                  kind={TIME.includes(rows) ? 'line' : 'bar'}
                  title={`Fälle nach ${DIMENSIONS[rows]}`}
                  data={firstDimension(data)}
                  describedBy="report-table"
                />
              </Suspense>
            </div>
            <ReportTable report={data} />
            {data.reference && <p className="report-note">{data.reference.note}</p>}
            <p className="export">
              <a className="button secondary" href={download('csv')} download>
                CSV (Excel)
              </a>{' '}
              <a className="button secondary" href={download('xlsx')} download>
                Excel-Arbeitsmappe
              </a>{' '}
              <a className="button secondary" href={download('pdf')} download>
                PDF-Bericht
              </a>{' '}
              <a className="button secondary" href={download('json')} download>
                JSON
              </a>
            </p>
          </section>
        )}
      </Loaded>
      <section aria-labelledby="inquiry-title">
        <h2 id="inquiry-title">Antwort auf eine Anfrage</h2>
        <p>
          Ein Entwurf der Antwort auf eine Anfrage wie 15/99 für den gewählten Zeitraum: bekannte
          Ausschlüsse aus Kita und OGS, nach Muster und Trägerart, Kündigungen und der Ausgang der
          Fälle – immer mit geschützten Zahlen aller Bezirke, da er für den Ausschuss bestimmt ist.
        </p>
        <p className="export">
          <a className="button secondary" href={inquiry('pdf')} download>
            Antwortentwurf als PDF
          </a>{' '}
          <a className="button secondary" href={inquiry('docx')} download>
            Antwortentwurf als Word-Dokument (zum Bearbeiten)
          </a>
        </p>
      </section>
    </>
  );
}

/** The chart's data: the report's rows, or the row totals of a two-dimensional report. */
function firstDimension(report: Report) {
  const [d] = report.groupBy;
  const lines =
    report.groupBy.length === 1 ? report.rows : report.totals.filter((t) => t[d] !== undefined);
  return lines.map((r) => ({ label: labelOf(report, d, r[d]), count: r.count ?? 0 }));
}

function labelOf(report: Report, dimension: Dimension, value: string | undefined): string {
  if (value === undefined) return 'Insgesamt';
  return report.labels.find((l) => l.dimension === dimension && l.value === value)?.label ?? value;
}

/**
 * A wide table scrolls inside its frame: the frame takes the keyboard focus (arrow keys scroll
 * it) and is named by the table's caption.
 */
const scrollable = {
  tabIndex: 0,
  role: 'region',
  'aria-labelledby': 'report-table-caption',
} as const;

/** A one-dimensional report as a list, a two-dimensional one as a cross table with totals. */
function ReportTable({ report }: { report: Report }) {
  const [down, across] = report.groupBy;
  const all: Row[] = [...report.rows, ...report.totals];
  const values = (d: Dimension) =>
    report.labels.filter((l) => l.dimension === d).map((l) => l.value);
  const count = (a: string | undefined, b: string | undefined) =>
    all.find((r) => r[down] === a && (across === undefined || r[across] === b))?.count ?? '–';
  const caption = `${report.title}, Anzahl der Fälle${report.protection === 'cell_key' ? ' (geschützt)' : ''}${report.reference ? ` und ${RATE}` : ''}`;
  /** The rate of the line with these values (a total where one is undefined). */
  const rate = (a: string | undefined, b: string | undefined) =>
    germanRate(
      all.find((r) => r[down] === a && (across === undefined || r[across] === b))?.per10000,
    );
  if (!across) {
    return (
      <div className="table-wrap" {...scrollable}>
        <table id="report-table" className="labelled report-table">
          <caption id="report-table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{DIMENSIONS[down]}</th>
              <th scope="col">Anzahl</th>
              {report.reference && <th scope="col">{RATE}</th>}
            </tr>
          </thead>
          <tbody>
            {[...values(down), undefined].map((v) => (
              <tr key={v ?? 'total'}>
                <th scope="row">{labelOf(report, down, v)}</th>
                <td data-label="Anzahl">{count(v, undefined)}</td>
                {report.reference && <td data-label={RATE}>{rate(v, undefined)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const cols = [...values(across), undefined];
  // Rates of the districts: a last column when they are the rows, a last row when the columns.
  const rateColumn = report.reference !== null && down === 'district';
  const rateRow = report.reference !== null && across === 'district';
  return (
    <div className="table-wrap" {...scrollable}>
      <table id="report-table" className="labelled report-table">
        <caption id="report-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{DIMENSIONS[down]}</th>
            {cols.map((b) => (
              <th scope="col" key={b ?? 'total'}>
                {labelOf(report, across, b)}
              </th>
            ))}
            {rateColumn && <th scope="col">{RATE}</th>}
          </tr>
        </thead>
        <tbody>
          {[...values(down), undefined].map((a) => (
            <tr key={a ?? 'total'}>
              <th scope="row">{labelOf(report, down, a)}</th>
              {cols.map((b) => (
                <td key={b ?? 'total'} data-label={labelOf(report, across, b)}>
                  {count(a, b)}
                </td>
              ))}
              {rateColumn && <td data-label={RATE}>{rate(a, undefined)}</td>}
            </tr>
          ))}
          {rateRow && (
            <tr>
              <th scope="row">{RATE}</th>
              {cols.map((b) => (
                <td key={b ?? 'total'} data-label={labelOf(report, across, b)}>
                  {rate(undefined, b)}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
