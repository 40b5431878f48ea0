import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CaseTable } from '../CaseTable';
import { DueFollowUps, Escalations } from '../FollowUps';
import { OPEN_STATUSES } from '../labels';
import { usePageTitle } from '../page-title';
import { call, client } from '../api';
import { useUser } from '../session';
import { useApi } from '../use-api';

/** "Mein Tag": the newest complaints of my districts, and those nobody has looked at yet. */
export function MyDay() {
  usePageTitle('Mein Tag');
  const user = useUser();
  const newest = useApi('newest', (signal) =>
    call(client.GET('/api/v1/cases', { params: { query: { limit: 10 } }, signal })),
  );
  const mine = useApi('mine', (signal) =>
    call(
      client.GET('/api/v1/cases', {
        params: { query: { assigneeId: user.id, status: OPEN_STATUSES, limit: 10 } },
        signal,
      }),
    ),
  );
  const waiting = useApi('waiting', (signal) =>
    call(
      client.GET('/api/v1/cases', {
        params: { query: { status: ['received'], limit: 10 } },
        signal,
      }),
    ),
  );
  return (
    <>
      <h1>Mein Tag</h1>
      {user.role === 'team_lead' && <Escalations />}
      <DueFollowUps />
      <section aria-labelledby="mine">
        <h2 id="mine">Meine offenen Fälle</h2>
        <Loaded state={mine}>
          {(page) => <CaseTable cases={page.items} caption="Offene Fälle, die ich bearbeite" />}
        </Loaded>
        <p>
          <Link to="/meine-faelle">Alle meine Fälle</Link>
        </p>
      </section>
      <section aria-labelledby="waiting">
        <h2 id="waiting">Warten auf Prüfung</h2>
        <Loaded state={waiting}>
          {(page) => (
            <CaseTable
              cases={page.items}
              caption="Eingegangene Beschwerden, noch nicht in Prüfung"
            />
          )}
        </Loaded>
        <p>
          <Link to="/faelle?status=received">Alle eingegangenen Fälle</Link>
        </p>
      </section>
      <section aria-labelledby="newest">
        <h2 id="newest">Neueste Beschwerden meiner Bezirke</h2>
        <Loaded state={newest}>
          {(page) => <CaseTable cases={page.items} caption="Die zehn neuesten Beschwerden" />}
        </Loaded>
        <p>
          <Link to="/faelle">Alle Fälle</Link>
        </p>
      </section>
    </>
  );
}

export function Loaded<T>({
  state,
  children,
}: {
  state: { data: T | null; error: string | null; loading: boolean };
  children: (data: T) => ReactNode;
}) {
  if (state.error)
    return (
      <p role="alert" className="form-error">
        {state.error}
      </p>
    );
  if (!state.data) return <p aria-live="polite">Wird geladen …</p>;
  return <>{children(state.data)}</>;
}
