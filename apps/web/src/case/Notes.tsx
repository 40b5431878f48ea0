import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client } from '../api';
import type { CaseDetail } from '../types';
import { useAction } from './action';

/** A note on the timeline: a call, an agreement, what was learned. */
export function AddNote({ c, onChange }: { c: CaseDetail; onChange: (c: CaseDetail) => void }) {
  const [text, setText] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      action.refuse('Bitte schreiben Sie die Notiz.');
      return;
    }
    const ok = await action.run(async () => {
      onChange(
        await call(
          client.POST('/api/v1/cases/{id}/notes', {
            params: { path: { id: c.id } },
            body: { text },
          }),
        ),
      );
    }, 'Die Notiz steht im Verlauf.');
    if (ok) setText('');
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="note">
      <h3 id="note">Notiz hinzufügen</h3>
      <div className="field">
        <label htmlFor="note-text">Notiz (erscheint im Verlauf, verschlüsselt gespeichert)</label>
        <textarea
          id="note-text"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={action.fields.text ? true : undefined}
        />
      </div>
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        Notiz speichern
      </Button>
    </form>
  );
}
