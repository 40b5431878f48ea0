import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client } from '../api';
import { STATUS_LABELS } from '../labels';
import { useUser } from '../session';
import type { CaseDetail, CaseStatus } from '../types';
import { useAction } from './action';

/** A status change with its reason: only the states the case may move to are offered. */
export function StatusChange({
  c,
  onChange,
}: {
  c: CaseDetail;
  onChange: (c: CaseDetail) => void;
}) {
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to || !reason.trim()) {
      action.refuse('Bitte wählen Sie den neuen Status und geben Sie eine Begründung an.');
      return;
    }
    const ok = await action.run(async () => {
      onChange(
        await call(
          client.POST('/api/v1/cases/{id}/transitions', {
            params: { path: { id: c.id } },
            body: { to: to as CaseStatus, reason },
          }),
        ),
      );
    }, 'Der Status wurde geändert.');
    if (ok) {
      setTo('');
      setReason('');
    }
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="transition">
      <h3 id="transition">Status ändern</h3>
      <div className="field">
        <label htmlFor="transition-to">Neuer Status</label>
        <select id="transition-to" value={to} onChange={(e) => setTo(e.target.value)} required>
          <option value="">Bitte wählen</option>
          {c.allowedTransitions.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s] ?? s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="transition-reason">Begründung</label>
        <textarea
          id="transition-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
        />
      </div>
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        Status ändern
      </Button>
    </form>
  );
}

/** A closed case opened again by the team lead, with a reason. */
export function Reopen({ c, onChange }: { c: CaseDetail; onChange: (c: CaseDetail) => void }) {
  const user = useUser();
  const [reason, setReason] = useState('');
  const action = useAction();
  if (user.role !== 'team_lead') {
    return <p>Der Fall ist abgeschlossen. Wieder öffnen kann ihn die Teamleitung.</p>;
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      action.refuse('Bitte geben Sie an, warum der Fall wieder geöffnet wird.');
      return;
    }
    const ok = await action.run(async () => {
      onChange(
        await call(
          client.POST('/api/v1/cases/{id}/reopen', {
            params: { path: { id: c.id } },
            body: { reason },
          }),
        ),
      );
    }, 'Der Fall ist wieder geöffnet und in Prüfung.');
    if (ok) setReason('');
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="reopen">
      <h3 id="reopen">Fall wieder öffnen</h3>
      <div className="field">
        <label htmlFor="reopen-reason">Begründung</label>
        <textarea
          id="reopen-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
        />
      </div>
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        Wieder öffnen
      </Button>
    </form>
  );
}
