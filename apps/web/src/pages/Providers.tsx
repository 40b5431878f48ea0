import { type FormEvent, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { call, client, type Schemas } from '../api';
import { CaseTable } from '../CaseTable';
import { FACILITY_KIND_LABELS, formatDate, PROVIDER_TYPE_LABELS } from '../labels';
import { usePageTitle } from '../page-title';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

type Count = Schemas['FacilityCaseCount'];

/** The providers (Träger), found by name. */
export function ProviderList() {
  usePageTitle('Träger');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const query = { q: params.get('q') || undefined, cursor: params.get('cursor') || undefined };
  const providers = useApi(['providers', query], (signal) =>
    call(client.GET('/api/v1/providers', { params: { query: { ...query, limit: 25 } }, signal })),
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(q.trim() ? { q: q.trim() } : {});
  };
  return (
    <>
      <h1>Träger</h1>
      <form className="filters" onSubmit={search} aria-label="Träger suchen">
        <TextField className="field" value={q} onChange={setQ} name="q">
          <Label>Name des Trägers</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button">
          Suchen
        </Button>
      </form>
      <Loaded state={providers}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">Keine Träger gefunden.</p>
          ) : (
            <>
              <ul className="plain-list">
                {page.items.map((p) => (
                  <li key={p.id}>
                    <Link to={`/traeger/${p.id}`}>{p.name}</Link>{' '}
                    <span className="sub">
                      {PROVIDER_TYPE_LABELS[p.type] ?? p.type}, {p.address.city}
                    </span>
                  </li>
                ))}
              </ul>
              {page.nextCursor && (
                <Button
                  className="button secondary"
                  onPress={() =>
                    setParams({ ...(query.q ? { q: query.q } : {}), cursor: page.nextCursor! })
                  }
                >
                  Weitere Träger
                </Button>
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}

/** One provider: its facilities with their complaints (repeats stand out), and the complaints. */
export function ProviderPage() {
  const { id = '' } = useParams();
  const provider = useApi(['provider', id], (signal) =>
    call(client.GET('/api/v1/providers/{id}', { params: { path: { id } }, signal })),
  );
  const facilities = useApi(['provider-facilities', id], (signal) =>
    call(
      client.GET('/api/v1/facilities', {
        params: { query: { providerId: id, limit: 200 } },
        signal,
      }),
    ),
  );
  const counts = useApi(['provider-counts', id], (signal) =>
    call(
      client.GET('/api/v1/cases/facility-counts', {
        params: { query: { providerId: id } },
        signal,
      }),
    ),
  );
  usePageTitle(provider.data ? `Träger ${provider.data.name}` : 'Träger');
  const byFacility = new Map((counts.data ?? []).map((c) => [c.facilityId, c]));
  const repeated = (counts.data ?? []).filter((c) => c.repeated).length;
  const total = (counts.data ?? []).reduce((sum, c) => sum + c.total, 0);
  return (
    <Loaded state={provider}>
      {(p) => (
        <>
          <h1>{p.name}</h1>
          <dl className="facts">
            <dt>Art</dt>
            <dd>{PROVIDER_TYPE_LABELS[p.type] ?? p.type}</dd>
            <dt>Anschrift</dt>
            <dd>
              {p.address.street}, {p.address.postalCode} {p.address.city}
            </dd>
            <dt>E-Mail</dt>
            <dd>{p.email}</dd>
            <dt>Beschwerden</dt>
            <dd>
              {counts.data
                ? `${total} in Ihren Bezirken${repeated > 0 ? `; ${repeated} ${repeated === 1 ? 'Einrichtung' : 'Einrichtungen'} mit wiederholten Beschwerden` : ''}`
                : '…'}
            </dd>
          </dl>
          {repeated > 0 && (
            <p className="alert-box">
              Gegen diesen Träger gibt es wiederholte Beschwerden: zwei oder mehr in den letzten
              zwölf Monaten bei derselben Einrichtung.
            </p>
          )}
          <h2>Einrichtungen</h2>
          <Loaded state={facilities}>
            {(page) => <FacilityTable facilities={page.items} counts={byFacility} />}
          </Loaded>
          <h2>Beschwerden</h2>
          <ProviderCases query={{ providerId: id }} caption={`Beschwerden zu ${p.name}`} />
        </>
      )}
    </Loaded>
  );
}

/** One facility: its details, its complaints and how often they came. */
export function FacilityPage() {
  const { id = '' } = useParams();
  const facility = useApi(['facility', id], (signal) =>
    call(client.GET('/api/v1/facilities/{id}', { params: { path: { id } }, signal })),
  );
  const counts = useApi(['facility-counts', id], (signal) =>
    call(
      client.GET('/api/v1/cases/facility-counts', {
        params: { query: { facilityId: id } },
        signal,
      }),
    ),
  );
  usePageTitle(facility.data ? `Einrichtung ${facility.data.name}` : 'Einrichtung');
  const count = counts.data?.[0];
  return (
    <Loaded state={facility}>
      {(f) => (
        <>
          <h1>{f.name}</h1>
          <dl className="facts">
            <dt>Angebot</dt>
            <dd>{FACILITY_KIND_LABELS[f.kind] ?? f.kind}</dd>
            <dt>Bezirk</dt>
            <dd>{f.district.name}</dd>
            <dt>Träger</dt>
            <dd>
              <Link to={`/traeger/${f.provider.id}`}>{f.provider.name}</Link>
            </dd>
            <dt>Beschwerden</dt>
            <dd>
              {count
                ? `${count.total} insgesamt, ${count.open} offen, ${count.lastTwelveMonths} in den letzten zwölf Monaten`
                : counts.data
                  ? 'keine'
                  : '…'}
            </dd>
          </dl>
          {count?.repeated && (
            <p className="alert-box">
              Wiederholte Beschwerden: {count.lastTwelveMonths} in den letzten zwölf Monaten.
            </p>
          )}
          <h2>Beschwerden</h2>
          <ProviderCases query={{ facilityId: id }} caption={`Beschwerden zu ${f.name}`} />
        </>
      )}
    </Loaded>
  );
}

function FacilityTable({
  facilities,
  counts,
}: {
  facilities: Schemas['FacilityView'][];
  counts: Map<string, Count>;
}) {
  if (facilities.length === 0)
    return <p className="empty">Keine Einrichtungen in Ihren Bezirken.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Einrichtungen des Trägers in Ihren Bezirken</caption>
        <thead>
          <tr>
            <th scope="col">Einrichtung</th>
            <th scope="col">Bezirk</th>
            <th scope="col">Beschwerden</th>
            <th scope="col">Letzte Beschwerde</th>
          </tr>
        </thead>
        <tbody>
          {facilities.map((f) => {
            const count = counts.get(f.id);
            return (
              <tr key={f.id} className={count?.repeated ? 'repeated' : undefined}>
                <td>
                  <Link to={`/einrichtungen/${f.id}`}>{f.name}</Link>
                  <span className="sub">{FACILITY_KIND_LABELS[f.kind] ?? f.kind}</span>
                </td>
                <td>{f.district.name}</td>
                <td>
                  {count ? `${count.total} (${count.open} offen)` : 'keine'}
                  {count?.repeated && (
                    <span className="badge">
                      wiederholt: {count.lastTwelveMonths} in 12 Monaten
                    </span>
                  )}
                </td>
                <td>{count ? formatDate(count.lastReceivedAt) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The complaints of a provider or facility, newest first, paged. */
function ProviderCases({
  query,
  caption,
}: {
  query: { providerId?: string; facilityId?: string };
  caption: string;
}) {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const cases = useApi(['cases', query, cursor], (signal) =>
    call(
      client.GET('/api/v1/cases', { params: { query: { ...query, cursor, limit: 25 } }, signal }),
    ),
  );
  return (
    <Loaded state={cases}>
      {(page) => (
        <>
          <CaseTable cases={page.items} caption={caption} />
          <nav aria-label="Seiten" className="pager">
            {cursor && (
              <Button className="button secondary" onPress={() => setCursor(undefined)}>
                Zur ersten Seite
              </Button>
            )}
            {page.nextCursor && (
              <Button className="button secondary" onPress={() => setCursor(page.nextCursor!)}>
                Nächste Seite
              </Button>
            )}
          </nav>
        </>
      )}
    </Loaded>
  );
}
