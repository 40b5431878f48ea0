import { call, client } from '../api';
import { patternLabel, RESPONSIBLE_BODY_LABELS } from '../labels';
import { VERDICT_LABELS } from '../findings';
import { Loaded } from '../pages/MyDay';
import { useApi } from '../use-api';

const FOUND_IN: Record<string, string> = {
  report: 'gemeldet',
  contract: 'im Vertrag gefunden',
};

/** What the case-facts rules find and which steps they recommend, by whom. */
export function Assessment({ caseId, version }: { caseId: string; version: number }) {
  const assessment = useApi(['assessment', caseId, version], (signal) =>
    call(client.GET('/api/v1/cases/{id}/assessment', { params: { path: { id: caseId } }, signal })),
  );
  return (
    <section aria-labelledby="assessment">
      <h2 id="assessment">Bewertung und empfohlene Schritte</h2>
      <Loaded state={assessment}>
        {(a) => (
          <>
            {a.findings.length === 0 ? (
              <p>Die Regeln finden in den Angaben und Verträgen keinen Ausschluss.</p>
            ) : (
              <ul className="finding-list">
                {a.findings.map((f) => (
                  <li key={f.pattern}>
                    <strong>{VERDICT_LABELS[f.verdict]}</strong>: {patternLabel(f.pattern)}{' '}
                    <span className="sub">
                      {f.foundIn.map((s) => FOUND_IN[s] ?? s).join(' und ')} · Normen:{' '}
                      {f.norms.join('; ')}
                    </span>
                    <p>{f.explanation}</p>
                  </li>
                ))}
              </ul>
            )}
            {a.actions.length > 0 && (
              <>
                <h3>Empfohlene Schritte</h3>
                <ol className="actions">
                  {a.actions.map((action) => (
                    <li key={action.id}>
                      <strong>{action.title}</strong>
                      {action.needsConsent && (
                        <span className="badge">wartet auf Einwilligung der Eltern</span>
                      )}
                      <span className="sub">
                        {RESPONSIBLE_BODY_LABELS[action.body] ?? action.body}
                        {action.norms.length > 0 && ` · ${action.norms.join('; ')}`}
                      </span>
                      <p>{action.reason}</p>
                    </li>
                  ))}
                </ol>
              </>
            )}
            <p className="sub">Regelwerk {a.ruleSetVersion}</p>
          </>
        )}
      </Loaded>
    </section>
  );
}
