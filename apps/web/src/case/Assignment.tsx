import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client } from '../api';
import { ROLE_LABELS } from '../labels';
import { useUser } from '../session';
import type { CaseDetail } from '../types';
import { useApi } from '../use-api';
import { useAction } from './action';

/**
 * Who works the case. A caseworker takes a case nobody works and gives their own back; the
 * team lead gives it to anyone who works the cases of its district.
 */
export function Assignment({ c, onChange }: { c: CaseDetail; onChange: (c: CaseDetail) => void }) {
  const user = useUser();
  const action = useAction();
  const open = c.allowedTransitions.length > 0;
  const assign = (assigneeId: string | null, confirmation: string) =>
    action.run(async () => {
      onChange(
        await call(
          client.PUT('/api/v1/cases/{id}/assignee', {
            params: { path: { id: c.id } },
            body: { assigneeId },
          }),
        ),
      );
    }, confirmation);
  const mine = c.assignee?.id === user.id;
  return (
    <section aria-labelledby="assignment" className="panel">
      <h2 id="assignment">Zuständig</h2>
      <p>{c.assignee ? (mine ? `Sie (${c.assignee.name})` : c.assignee.name) : 'Noch niemand'}</p>
      {open && user.role === 'caseworker' && !c.assignee && (
        <Button
          className="button"
          isDisabled={action.busy}
          onPress={() => void assign(user.id, 'Sie bearbeiten diesen Fall jetzt.')}
        >
          Fall übernehmen
        </Button>
      )}
      {open && user.role === 'caseworker' && mine && (
        <Button
          className="button secondary"
          isDisabled={action.busy}
          onPress={() => void assign(null, 'Sie haben den Fall abgegeben.')}
        >
          Fall abgeben
        </Button>
      )}
      {open && user.role === 'team_lead' && <Reassign c={c} assign={assign} busy={action.busy} />}
      {action.messages}
    </section>
  );
}

function Reassign({
  c,
  assign,
  busy,
}: {
  c: CaseDetail;
  assign: (id: string | null, confirmation: string) => Promise<boolean>;
  busy: boolean;
}) {
  const [chosen, setChosen] = useState(c.assignee?.id ?? '');
  const staff = useApi(['assignees', c.id], (signal) =>
    call(client.GET('/api/v1/cases/{id}/assignees', { params: { path: { id: c.id } }, signal })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = staff.data?.find((s) => s.id === chosen);
    void assign(
      chosen || null,
      person
        ? `Der Fall ist jetzt ${person.email} zugewiesen.`
        : 'Der Fall ist niemandem zugewiesen.',
    );
  };
  return (
    <form className="form inline-form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor="assignee">Zuweisen an</label>
        <select id="assignee" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">niemanden</option>
          {(staff.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.email} ({ROLE_LABELS[s.role] ?? s.role})
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" className="button secondary" isDisabled={busy || staff.loading}>
        Zuweisen
      </Button>
    </form>
  );
}
