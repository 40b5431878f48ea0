import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { call, client } from '../../api';
import { describeDistricts, formatDateTime, ROLE_LABELS } from '../../labels';
import { usePageTitle } from '../../page-title';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Loaded } from '../MyDay';
import { accountStatus, ROLES } from './admin-labels';

const PAGE_SIZE = 25;

/** The accounts, by e-mail address; the role filter and the page live in the address. */
export function Accounts() {
  usePageTitle('Benutzerkonten');
  const { districts } = useSession();
  const [params, setParams] = useSearchParams();
  // An unknown role in a hand-made address lists all accounts rather than failing.
  const role = ROLES.find((r) => r === params.get('role'));
  const cursor = params.get('cursor') || undefined;
  const query = { role, cursor, limit: PAGE_SIZE };
  const accounts = useApi(['accounts', query], (signal) =>
    call(client.GET('/api/v1/users', { params: { query }, signal })),
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'cursor') next.delete('cursor');
    setParams(next);
  };

  return (
    <>
      <h1>Benutzerkonten</h1>
      <p>
        <Link className="button" to="/verwaltung/benutzerkonten/neu">
          Neues Konto anlegen
        </Link>
      </p>
      <form className="filters" aria-label="Benutzerkonten filtern">
        <div className="field">
          <label htmlFor="filter-role">Rolle</label>
          <select id="filter-role" value={role ?? ''} onChange={(e) => set('role', e.target.value)}>
            <option value="">Alle Rollen</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div aria-live="polite" className="result-count">
        {accounts.data &&
          `${accounts.data.items.length} ${accounts.data.items.length === 1 ? 'Konto' : 'Konten'} auf dieser Seite${
            accounts.data.nextCursor ? ', weitere folgen' : ''
          }`}
      </div>
      <Loaded state={accounts}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <p className="empty">Keine Konten gefunden.</p>
            ) : (
              <div className="table-wrap">
                <table className="labelled">
                  <caption>Benutzerkonten nach E-Mail-Adresse</caption>
                  <thead>
                    <tr>
                      <th scope="col">E-Mail-Adresse</th>
                      <th scope="col">Rolle</th>
                      <th scope="col">Bezirke</th>
                      <th scope="col">Status</th>
                      <th scope="col">Passwort</th>
                      <th scope="col">Letzte Anmeldung</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((a) => (
                      <tr key={a.id}>
                        <td data-label="E-Mail-Adresse">
                          <Link to={`/verwaltung/benutzerkonten/${a.id}`}>{a.email}</Link>
                        </td>
                        <td data-label="Rolle">{ROLE_LABELS[a.role] ?? a.role}</td>
                        <td data-label="Bezirke">{describeDistricts(a.districtIds, districts)}</td>
                        <td data-label="Status" className={a.disabled ? 'state-off' : undefined}>
                          {accountStatus(a)}
                        </td>
                        <td data-label="Passwort">
                          {a.passwordMustChange ? 'Einmalpasswort offen' : 'eigenes'}
                        </td>
                        <td data-label="Letzte Anmeldung">
                          {a.lastLoginAt ? formatDateTime(a.lastLoginAt) : 'noch nie'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav aria-label="Seiten" className="pager">
              {cursor && (
                <Button className="button secondary" onPress={() => set('cursor', '')}>
                  Zur ersten Seite
                </Button>
              )}
              {page.nextCursor && (
                <Button
                  className="button secondary"
                  onPress={() => set('cursor', page.nextCursor!)}
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
