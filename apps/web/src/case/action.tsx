import { useState } from 'react';
import { ApiError } from '../api';

/**
 * A change the user starts: busy while it runs, then a German confirmation (status) or the
 * API's message and field errors (alert).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const run = async (work: () => Promise<unknown>, confirmation: string): Promise<boolean> => {
    setBusy(true);
    setDone('');
    setError('');
    setFields({});
    try {
      await work();
      setDone(confirmation);
      return true;
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e.message);
        setFields(Object.fromEntries(e.fields.map((f) => [f.field, f.message])));
      } else {
        setError('Das hat nicht geklappt. Bitte versuchen Sie es erneut.');
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** A message of the form itself (a missing field), shown like the API's. */
  const refuse = (message: string) => {
    setDone('');
    setError(message);
  };
  return { busy, run, refuse, fields, messages: <Messages done={done} error={error} /> };
}

function Messages({ done, error }: { done: string; error: string }) {
  return (
    <>
      <div role="status" className="form-message">
        {done}
      </div>
      <div role="alert" className="form-error">
        {error}
      </div>
    </>
  );
}
