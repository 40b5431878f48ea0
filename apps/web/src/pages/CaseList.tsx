import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { CaseTable } from '../CaseTable';
import { EXCLUSION_PATTERN_LABELS, FACILITY_KIND_LABELS, STATUS_LABELS } from '../labels';
import { usePageTitle } from '../page-title';
import { useSession } from '../session';
import { call, client } from '../api';
import type { CaseStatus, ExclusionPattern } from '../types';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

/** The filters, as they stand in the page's address (so a view can be bookmarked and shared). */
const FILTERS = [
  'status',
  'districtId',
  'facilityKind',
  'pattern',
  'receivedFrom',
  'receivedTo',
  'q',
  'assigneeId',
  'unassigned',
  'facilityId',
  'providerId',
  'sort',
] as const;

export function CaseList() {
  usePageTitle('Fälle');
  const { districts, user } = useSession();
  const [params, setParams] = useSearchParams();
  const value = (name: string) => params.get(name) || undefined;
  const query = {
    status: value('status')?.split(',') as CaseStatus[] | undefined,
    districtId: value('districtId'),
    facilityKind: value('facilityKind') as 'kita' | 'ogs' | 'ogs_foerderschule' | undefined,
    pattern: value('pattern') as ExclusionPattern | undefined,
    receivedFrom: value('receivedFrom'),
    receivedTo: value('receivedTo'),
    q: value('q'),
    assigneeId: value('assigneeId'),
    unassigned: value('unassigned') === 'true' ? true : undefined,
    facilityId: value('facilityId'),
    providerId: value('providerId'),
    sort: value('sort') === 'oldest' ? ('oldest' as const) : undefined,
    cursor: value('cursor'),
    limit: 25,
  };
  const cases = useApi(query, (signal) =>
    call(client.GET('/api/v1/cases', { params: { query }, signal })),
  );
  // How many match in all (the same filters, without paging; not for free text).
  const filters = Object.fromEntries(
    Object.entries(query).filter(([name]) => !['cursor', 'limit', 'sort'].includes(name)),
  ) as Omit<typeof query, 'cursor' | 'limit' | 'sort'>;
  const total = useApi(['count', filters], (signal) =>
    call(client.GET('/api/v1/cases/count', { params: { query: filters }, signal })),
  );
  const [q, setQ] = useState(params.get('q') ?? '');
  const mine = districts.filter((d) => user?.districtIds.includes(d.id));

  /**
   * Changes one filter; a changed filter starts again at the first page. Starts from the address
   * as it stands now (not as last rendered), so two quick changes both count.
   */
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('cursor');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', q.trim());
  };
  const select = (name: string, label: string, options: [string, string][], all: string) => (
    <FilterControl
      id={`filter-${name}`}
      label={label}
      value={params.get(name) ?? ''}
      onChange={(v) => set(name, v)}
    >
      {(props) => (
        <select {...props}>
          <option value="">{all}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FilterControl>
  );
  const date = (name: string, label: string) => (
    <FilterControl
      id={`filter-${name}`}
      label={label}
      value={params.get(name) ?? ''}
      onChange={(v) => set(name, v)}
    >
      {(props) => <input type="date" {...props} />}
    </FilterControl>
  );

  return (
    <>
      <h1>Fälle</h1>
      <form className="filters" onSubmit={search} aria-label="Fälle filtern">
        {select('status', 'Status', Object.entries(STATUS_LABELS), 'Alle Status')}
        {select(
          'districtId',
          'Bezirk',
          mine.map((d) => [d.id, d.name]),
          'Alle meine Bezirke',
        )}
        {select('facilityKind', 'Angebot', Object.entries(FACILITY_KIND_LABELS), 'Alle Angebote')}
        {select('pattern', 'Muster', Object.entries(EXCLUSION_PATTERN_LABELS), 'Alle Muster')}
        <div className="field">
          <label htmlFor="filter-assignee">Zuständig</label>
          <select
            id="filter-assignee"
            value={
              params.get('unassigned') === 'true'
                ? 'none'
                : params.get('assigneeId') === user?.id
                  ? 'me'
                  : ''
            }
            onChange={(e) => {
              const next = new URLSearchParams(window.location.search);
              next.delete('assigneeId');
              next.delete('unassigned');
              next.delete('cursor');
              if (e.target.value === 'me' && user) next.set('assigneeId', user.id);
              if (e.target.value === 'none') next.set('unassigned', 'true');
              setParams(next);
            }}
          >
            <option value="">Alle</option>
            <option value="me">Ich</option>
            <option value="none">Noch niemand</option>
          </select>
        </div>
        {select('sort', 'Reihenfolge', [['oldest', 'Älteste zuerst']], 'Neueste zuerst')}
        {date('receivedFrom', 'Eingang ab')}
        {date('receivedTo', 'Eingang bis')}
        <TextField className="field" value={q} onChange={setQ} name="q">
          <Label>Freitext (Aktenzeichen, Beschreibung)</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button">
          Suchen
        </Button>
        {FILTERS.some((f) => params.get(f)) && (
          <Link className="reset" to="/faelle" onClick={() => setQ('')}>
            Filter zurücksetzen
          </Link>
        )}
      </form>
      <div aria-live="polite" className="result-count">
        {cases.data &&
          `${typeof total.data?.count === 'number' ? `${total.data.count} insgesamt – ` : ''}${
            cases.data.items.length
          } ${cases.data.items.length === 1 ? 'Fall' : 'Fälle'} auf dieser Seite${
            cases.data.nextCursor ? ', weitere folgen' : ''
          }`}
      </div>
      <Loaded state={cases}>
        {(page) => (
          <>
            <CaseTable
              cases={page.items}
              caption={`Fälle, ${query.sort === 'oldest' ? 'älteste' : 'neueste'} zuerst`}
            />
            <nav aria-label="Seiten" className="pager">
              {params.get('cursor') && (
                <Button className="button secondary" onPress={() => set('cursor', '')}>
                  Zur ersten Seite
                </Button>
              )}
              {page.nextCursor && (
                <Button
                  className="button secondary"
                  onPress={() => {
                    const next = new URLSearchParams(params);
                    next.set('cursor', page.nextCursor!);
                    setParams(next);
                  }}
                >
                  Nächste Seite
                </Button>
              )}
            </nav>
          </>
        )}
      </Loaded>
    </>
  );
}

/**
 * A filter field that shows the user's choice at once. The address changes in a transition, and a
 * field bound only to the address would jump back until it has: a second arrow key pressed in
 * that moment would start again from the old choice.
 */
function FilterControl(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: (field: {
    id: string;
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  }) => ReactNode;
}) {
  const { id, label, value, onChange, children } = props;
  const [shown, setShown] = useState(value);
  // What this field asked for last and the address does not show yet.
  const requested = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (requested.current === undefined)
      setShown(value); // changed elsewhere (e.g. reset)
    else if (requested.current === value) requested.current = undefined;
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        value: shown,
        onChange: (event) => {
          requested.current = event.target.value;
          setShown(event.target.value);
          onChange(event.target.value);
        },
      })}
    </div>
  );
}
