import { Button } from 'react-aria-components';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { describeDistricts, ROLE_LABELS } from './labels';
import { useSession, useUser } from './session';

/** Where each role may go; `prefix`: also current on the pages below it. */
const NAV: Record<string, { to: string; label: string; prefix?: boolean }[]> = {
  caseworker: [
    { to: '/', label: 'Mein Tag' },
    { to: '/meine-faelle', label: 'Meine Fälle' },
    { to: '/faelle', label: 'Fälle' },
    { to: '/faelle/neu', label: 'Neue Beschwerde' },
    { to: '/traeger', label: 'Träger' },
    { to: '/berichte', label: 'Berichte' },
  ],
  team_lead: [
    { to: '/', label: 'Mein Tag' },
    { to: '/meine-faelle', label: 'Meine Fälle' },
    { to: '/faelle', label: 'Fälle' },
    { to: '/faelle/neu', label: 'Neue Beschwerde' },
    { to: '/traeger', label: 'Träger' },
    { to: '/berichte', label: 'Berichte' },
  ],
  committee: [{ to: '/', label: 'Berichte' }],
  admin: [
    { to: '/', label: 'Verwaltung' },
    { to: '/verwaltung/benutzerkonten', label: 'Benutzerkonten', prefix: true },
    { to: '/verwaltung/protokoll', label: 'Protokoll' },
    { to: '/verwaltung/kinderzahlen', label: 'Kinderzahlen' },
    { to: '/foerderung', label: 'Förderung', prefix: true },
  ],
  funding_controller: [
    { to: '/', label: 'Förderung' },
    { to: '/foerderung/zuweisungen', label: 'Zuweisungen', prefix: true },
    { to: '/foerderung/schulen', label: 'Schulen' },
    { to: '/foerderung/pool-modelle', label: 'Pool-Modelle' },
  ],
};

/** The frame of every page behind the sign-in: who is signed in, where to go, sign-out. */
export function Shell() {
  const user = useUser();
  const { districts, signOut } = useSession();
  const navigate = useNavigate();
  const mine = describeDistricts(user.districtIds, districts);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <div className="brand">Teilhabe</div>
        <nav aria-label="Hauptnavigation">
          <ul>
            {NAV[user.role].map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={!item.prefix}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who" aria-label="Angemeldet">
          <span className="who-name">{user.email}</span>
          <span className="who-role">{ROLE_LABELS[user.role]}</span>
          <span className="who-districts">{mine}</span>
          <Button
            className="button secondary"
            onPress={() => void signOut().then(() => navigate('/anmelden'))}
          >
            Abmelden
          </Button>
        </div>
      </header>
      <main id="inhalt" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
