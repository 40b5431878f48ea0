import { Link } from 'react-router';
import { call, client } from '../api';
import { CaseTable } from '../CaseTable';
import { OPEN_STATUSES } from '../labels';
import { usePageTitle } from '../page-title';
import { useUser } from '../session';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

/** "Meine Fälle": the open cases I work, oldest receipt last. */
export function MyCases() {
  usePageTitle('Meine Fälle');
  const user = useUser();
  const mine = useApi(['mine', user.id], (signal) =>
    call(
      client.GET('/api/v1/cases', {
        params: { query: { assigneeId: user.id, status: OPEN_STATUSES, limit: 100 } },
        signal,
      }),
    ),
  );
  return (
    <>
      <h1>Meine Fälle</h1>
      <Loaded state={mine}>
        {(page) => <CaseTable cases={page.items} caption="Offene Fälle, die ich bearbeite" />}
      </Loaded>
      <p>
        <Link to={`/faelle?assigneeId=${user.id}`}>Alle meine Fälle, auch abgeschlossene</Link>
        {' · '}
        <Link to="/faelle?unassigned=true&status=received">Fälle, die noch niemand bearbeitet</Link>
      </p>
    </>
  );
}
