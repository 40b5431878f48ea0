import { call, client } from '../api';
import { useApi } from '../use-api';

/** On the case file: the pool model of the OGS's school that school year, if any. */
export function CasePoolModel({ caseId }: { caseId: string }) {
  const link = useApi(['case-pool-model', caseId], (signal) =>
    call(client.GET('/api/v1/cases/{id}/pool-model', { params: { path: { id: caseId } }, signal })),
  );
  if (!link.data?.poolModel) return null;
  const { poolModel, school, schoolYear } = link.data;
  return (
    <section className="panel" aria-labelledby="pool-heading">
      <h2 id="pool-heading">Pool-Modell</h2>
      <p>
        Die Schule dieser OGS{school ? ` (${school.name})` : ''} nimmt im Schuljahr {schoolYear} am
        Pool-Modell „{poolModel.name}“ teil. Fehlt die individuelle Assistenz, kann die
        Pool-Assistenz einspringen: Das Amt kann den Träger darauf hinweisen.
      </p>
    </section>
  );
}
