import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { call, client, type Schemas } from './api';
import { useAction } from './case/action';
import { formatDate, formatDateTime } from './labels';
import { Loaded } from './pages/MyDay';
import { useApi } from './use-api';

type FollowUp = Schemas['FollowUpView'];

const STAGE_LABELS: Record<string, string> = {
  answer: 'Antwort des Trägers',
  reminder: 'Antwort nach Erinnerung',
};

const STATUS_LABELS: Record<string, string> = {
  pending: 'läuft',
  paused: 'angehalten',
  answered: 'beantwortet',
  reminded: 'abgelaufen, Erinnerung verschickt',
  escalated: 'abgelaufen, an die Teamleitung eskaliert',
  cancelled: 'beendet (Fall abgeschlossen)',
};

/** "bis Di., 17.03.2026" — the last day of a deadline, or its moment for short test periods. */
export function deadlineText(f: FollowUp): string {
  return f.endsOn ? `bis ${formatDate(f.endsOn)}` : `bis ${formatDateTime(f.dueAt)}`;
}

/** The deadlines of "Mein Tag": overdue, ending today, ending this week. */
export function DueFollowUps() {
  const [mine, setMine] = useState(false);
  const load = (due: 'overdue' | 'today' | 'week') => (signal: AbortSignal) =>
    call(client.GET('/api/v1/follow-ups', { params: { query: { due, mine } }, signal }));
  const overdue = useApi(['follow-ups', 'overdue', mine], load('overdue'));
  const today = useApi(['follow-ups', 'today', mine], load('today'));
  const week = useApi(['follow-ups', 'week', mine], load('week'));
  return (
    <section aria-labelledby="deadlines">
      <h2 id="deadlines">Fristen (Wiedervorlage)</h2>
      <label className="check">
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Nur
        Fälle, die ich bearbeite
      </label>
      {(
        [
          ['Überfällig', overdue, 'Keine überfälligen Antworten.'],
          ['Heute', today, 'Heute läuft keine Frist ab.'],
          ['Diese Woche', week, 'Diese Woche läuft keine Frist ab.'],
        ] as const
      ).map(([title, state, none]) => (
        <div key={title}>
          <h3>{title}</h3>
          <Loaded state={state}>
            {(list) =>
              list.length === 0 ? (
                <p className="empty">{none}</p>
              ) : (
                <ul className="plain-list deadlines">
                  {list.map((f) => (
                    <li key={f.id}>
                      <Link to={`/faelle/${f.case.id}`}>{f.case.reference}</Link>{' '}
                      {STAGE_LABELS[f.stage]} {deadlineText(f)}
                      <span className="sub">
                        {f.case.facility} ({f.case.provider}), {f.case.district}
                      </span>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </div>
      ))}
    </section>
  );
}

/** What the team lead must look at: escalations of their districts, until acknowledged. */
export function Escalations() {
  const escalations = useApi(['escalations'], (signal) =>
    call(client.GET('/api/v1/escalations', { params: { query: {} }, signal })),
  );
  const action = useAction();
  const acknowledge = (id: string) =>
    void action
      .run(
        () =>
          call(client.POST('/api/v1/escalations/{id}/acknowledge', { params: { path: { id } } })),
        'Die Eskalation ist als gesehen vermerkt.',
      )
      .then((ok) => ok && escalations.reload());
  return (
    <section aria-labelledby="escalations">
      <h2 id="escalations">Eskalationen</h2>
      {action.messages}
      <Loaded state={escalations}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">Keine offenen Eskalationen.</p>
          ) : (
            <ul className="plain-list escalations">
              {list.map((e) => (
                <li key={e.id} className="alert-box">
                  <strong>
                    {e.kind === 'unanswered'
                      ? 'Träger antwortet nicht'
                      : `Wiederholte Beschwerde (${e.complaints ?? 2} in zwölf Monaten)`}
                  </strong>
                  : <Link to={`/faelle/${e.case.id}`}>{e.case.reference}</Link>, {e.case.facility} (
                  {e.case.provider}), {e.case.district}
                  <span className="sub">seit {formatDateTime(e.createdAt)}</span>
                  <Button
                    className="button secondary"
                    onPress={() => acknowledge(e.id)}
                    isDisabled={action.busy}
                  >
                    Gesehen<span className="visually-hidden"> ({e.case.reference})</span>
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

/** The case's deadlines, with pause (and its reason) and resume. */
export function CaseFollowUps({
  caseId,
  version,
  onChange,
}: {
  caseId: string;
  /** Changes when the case changed (a closed case ends its deadlines): read them again. */
  version: number;
  /** A deadline was paused or resumed: the case's timeline says so. */
  onChange: () => void;
}) {
  const followUps = useApi(['case-follow-ups', caseId], (signal) =>
    call(client.GET('/api/v1/cases/{id}/follow-ups', { params: { path: { id: caseId } }, signal })),
  );
  const { reload } = followUps;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  const changed = () => {
    reload();
    onChange();
  };
  return (
    <section aria-labelledby="case-deadlines">
      <h2 id="case-deadlines">Fristen</h2>
      <Loaded state={followUps}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              Keine Fristen. Ein Beratungsschreiben oder eine Anforderung an den Träger setzt eine.
            </p>
          ) : (
            <ul className="plain-list deadlines">
              {list.map((f) => (
                <FollowUpItem key={f.id} f={f} onChange={changed} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function FollowUpItem({ f, onChange }: { f: FollowUp; onChange: () => void }) {
  const [pausing, setPausing] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const label = `${STAGE_LABELS[f.stage]} ${deadlineText(f)}`;
  const pause = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      action.refuse('Bitte geben Sie an, worauf das Landesjugendamt wartet.');
      return;
    }
    const ok = await action.run(
      () =>
        call(
          client.POST('/api/v1/follow-ups/{id}/pause', {
            params: { path: { id: f.id } },
            body: { reason },
          }),
        ),
      'Die Frist ist angehalten.',
    );
    if (ok) {
      setPausing(false);
      setReason('');
      onChange();
    }
  };
  const resume = () =>
    void action
      .run(
        () =>
          call(client.POST('/api/v1/follow-ups/{id}/resume', { params: { path: { id: f.id } } })),
        'Die Frist läuft wieder.',
      )
      .then((ok) => ok && onChange());
  return (
    <li>
      <strong>{label}</strong> — {STATUS_LABELS[f.status] ?? f.status}
      {f.status === 'paused' && (
        <span className="sub">
          Angehalten seit {formatDateTime(f.pausedAt!)}
          {f.pauseReason ? `: ${f.pauseReason}` : ''}; es bleiben{' '}
          {Math.max(1, Math.ceil((f.remainingMs ?? 0) / 86_400_000))} Tag(e).
        </span>
      )}
      <div className="actions-row">
        {f.status === 'pending' && !pausing && (
          <Button className="button secondary" onPress={() => setPausing(true)}>
            Frist anhalten<span className="visually-hidden"> ({label})</span>
          </Button>
        )}
        {f.status === 'paused' && (
          <Button className="button secondary" onPress={resume} isDisabled={action.busy}>
            Frist fortsetzen<span className="visually-hidden"> ({label})</span>
          </Button>
        )}
      </div>
      {pausing && (
        <form className="form inline-form" noValidate onSubmit={(e) => void pause(e)}>
          <div className="field">
            <label htmlFor={`pause-${f.id}`}>
              Worauf wartet das Landesjugendamt? (Pflichtfeld)
            </label>
            <textarea
              id={`pause-${f.id}`}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="actions-row">
            <Button type="submit" className="button" isDisabled={action.busy}>
              Anhalten
            </Button>
            <Button className="button secondary" onPress={() => setPausing(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      )}
      {action.messages}
    </li>
  );
}
