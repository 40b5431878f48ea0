import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { call, client } from '../../api';
import type { paths } from '../../api-schema';
import { usePageTitle } from '../../page-title';
import { useSession } from '../../session';
import type { AuditEntry } from '../../types';
import { useApi } from '../../use-api';
import { Loaded } from '../MyDay';
import {
  ACTION_GROUPS,
  ACTION_LABELS,
  describeDetails,
  fieldLabels,
  RECORD_TYPE_LABELS,
} from './admin-labels';

/** The filters, as they stand in the page's address and as the API and its export take them. */
const FILTERS = ['action', 'recordType', 'recordId', 'actorId', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const EXPORT: keyof paths = '/api/v1/audit/export.csv';
const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const timestamp = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Berlin',
});

/** The audit log, newest first: filters in the address, pages by cursor, a CSV export. */
export function AuditLog() {
  usePageTitle('Protokoll');
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const f of FILTERS) if (params.get(f)) filters[f] = params.get(f)!;
  const cursor = params.get('cursor') || undefined;
  const query = { ...filters, cursor, limit: PAGE_SIZE };
  const log = useApi(['audit', query], (signal) =>
    call(client.GET('/api/v1/audit', { params: { query }, signal })),
  );
  const [recordId, setRecordId] = useState(filters.recordId ?? '');
  const [actorId, setActorId] = useState(filters.actorId ?? '');
  // A link to other entries changes the address: the text fields follow it.
  useEffect(() => setRecordId(filters.recordId ?? ''), [filters.recordId]);
  useEffect(() => setActorId(filters.actorId ?? ''), [filters.actorId]);
  const exportQuery = new URLSearchParams(filters).toString();
  const exportHref = exportQuery ? `${EXPORT}?${exportQuery}` : EXPORT;

  /** Changes filters; a changed filter starts again at the newest entries. */
  const set = (changes: Filters & { cursor?: string }) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('cursor' in changes)) next.delete('cursor');
    setParams(next);
  };
  const [actorError, setActorError] = useState('');
  const applyTexts = (event: FormEvent) => {
    event.preventDefault();
    if (actorId.trim() && !UUID.test(actorId.trim())) {
      setActorError(
        'Die Konto-ID ist eine UUID, wie sie der Link „Handlungen dieses Kontos im Protokoll“ auf der Seite eines Kontos einsetzt.',
      );
      return;
    }
    setActorError('');
    set({ recordId: recordId.trim(), actorId: actorId.trim() });
  };
  const known = new Set(Object.keys(ACTION_LABELS));

  return (
    <>
      <h1>Protokoll</h1>
      <p>
        Jede Anmeldung, jeder Zugriff auf einen Fall, jede Änderung und jede verweigerte Anfrage:
        wer, wann, was, an welchem Datensatz und welche Felder – nie deren Inhalte.
      </p>
      <form className="filters" onSubmit={applyTexts} aria-label="Protokoll filtern">
        <div className="field">
          <label htmlFor="filter-action">Aktion</label>
          <select
            id="filter-action"
            value={filters.action ?? ''}
            onChange={(e) => set({ action: e.target.value })}
          >
            <option value="">Alle Aktionen</option>
            {filters.action && !known.has(filters.action) && (
              <option value={filters.action}>{filters.action}</option>
            )}
            {ACTION_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {Object.entries(group.actions).map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-recordType">Datensatzart</label>
          <select
            id="filter-recordType"
            value={filters.recordType ?? ''}
            onChange={(e) => set({ recordType: e.target.value })}
          >
            <option value="">Alle Arten</option>
            {filters.recordType && !RECORD_TYPE_LABELS[filters.recordType] && (
              <option value={filters.recordType}>{filters.recordType}</option>
            )}
            {Object.entries(RECORD_TYPE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">Von (Tag)</label>
          <input
            id="filter-from"
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-to">Bis (Tag)</label>
          <input
            id="filter-to"
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-recordId">Datensatz-ID</label>
          <input
            id="filter-recordId"
            className="mono"
            value={recordId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setRecordId(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-actorId">Konto-ID (wer)</label>
          <input
            id="filter-actorId"
            className="mono"
            value={actorId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setActorId(e.target.value)}
            aria-invalid={actorError ? true : undefined}
            aria-describedby={actorError ? 'filter-actorId-e' : undefined}
          />
          {actorError && (
            <span id="filter-actorId-e" className="form-error">
              {actorError}
            </span>
          )}
        </div>
        <Button type="submit" className="button">
          Filtern
        </Button>
        {FILTERS.some((f) => filters[f]) && (
          <Link
            className="reset"
            to="/verwaltung/protokoll"
            onClick={() => {
              setRecordId('');
              setActorId('');
            }}
          >
            Filter zurücksetzen
          </Link>
        )}
      </form>
      <div role="alert" className="form-error">
        {actorError && 'Nicht gefiltert: Bitte prüfen Sie die Konto-ID.'}
      </div>
      <p className="export">
        <a className="button secondary" href={exportHref} download>
          Als CSV herunterladen
        </a>{' '}
        <span className="sub">
          Alle Einträge zu diesen Filtern, älteste zuerst (UTF-8, Komma-getrennt). Der Export wird
          selbst protokolliert.
        </span>
      </p>
      <div aria-live="polite" className="result-count">
        {log.data &&
          `${log.data.items.length} ${log.data.items.length === 1 ? 'Eintrag' : 'Einträge'} auf dieser Seite${
            log.data.nextCursor ? ', ältere folgen' : ''
          }`}
      </div>
      <Loaded state={log}>
        {(page) => (
          <>
            <AuditTable entries={page.items} />
            <nav aria-label="Seiten" className="pager">
              {cursor && (
                <Button className="button secondary" onPress={() => set({ cursor: '' })}>
                  Zu den neuesten Einträgen
                </Button>
              )}
              {page.nextCursor && (
                <Button
                  className="button secondary"
                  onPress={() => set({ cursor: page.nextCursor! })}
                >
                  Ältere Einträge
                </Button>
              )}
            </nav>
          </>
        )}
      </Loaded>
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { districts } = useSession();
  if (entries.length === 0) return <p className="empty">Keine Einträge gefunden.</p>;
  return (
    <div className="table-wrap">
      <table className="labelled audit">
        <caption>Protokolleinträge, neueste zuerst (Zeit: Europe/Berlin)</caption>
        <thead>
          <tr>
            <th scope="col">Wann</th>
            <th scope="col">Wer</th>
            <th scope="col">Was</th>
            <th scope="col">Datensatz</th>
            <th scope="col">Felder</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const details = describeDetails(e, districts);
            const fields = fieldLabels(e.fields);
            return (
              <tr key={e.id}>
                <td data-label="Wann">
                  <time dateTime={e.occurredAt}>{timestamp.format(new Date(e.occurredAt))}</time>
                </td>
                <td data-label="Wer">{e.actor.name}</td>
                <td data-label="Was">
                  {ACTION_LABELS[e.action] ?? e.action}
                  {details.length > 0 && <span className="sub">{details.join('; ')}</span>}
                </td>
                <td data-label="Datensatz">
                  <RecordCell entry={e} />
                </td>
                <td data-label="Felder">{fields.length > 0 ? fields.join(', ') : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Which record: its kind and id, with the way to its other entries (and to an account). */
function RecordCell({ entry }: { entry: AuditEntry }) {
  if (!entry.recordId) {
    return (
      <>{entry.recordType ? (RECORD_TYPE_LABELS[entry.recordType] ?? entry.recordType) : '–'}</>
    );
  }
  const kind = entry.recordType ? (RECORD_TYPE_LABELS[entry.recordType] ?? entry.recordType) : '';
  const history = new URLSearchParams({
    ...(entry.recordType ? { recordType: entry.recordType } : {}),
    recordId: entry.recordId,
  });
  return (
    <>
      {kind} <span className="mono id">{entry.recordId}</span>
      <span className="sub">
        <Link to={`/verwaltung/protokoll?${history.toString()}`}>alle Einträge dazu</Link>
        {entry.recordType === 'user' && (
          <>
            {' · '}
            <Link to={`/verwaltung/benutzerkonten/${entry.recordId}`}>Konto öffnen</Link>
          </>
        )}
      </span>
    </>
  );
}
