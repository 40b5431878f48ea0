import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ApiError, call, client } from '../api';

/**
 * After a sign-in with a one-time password an administrator set (403
 * password_change_required): the user chooses a password of their own, then is signed in
 * with it.
 */
export function OwnPassword({
  email,
  password,
  onDone,
  onCancel,
}: {
  email: string;
  password: string;
  onDone: (newPassword: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ newPassword?: string[]; repeat?: string }>({});
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (newPassword !== repeat) {
      setErrors({ repeat: 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.' });
      setProblem('Das Passwort wurde nicht geändert: Bitte wiederholen Sie es genau.');
      return;
    }
    setBusy(true);
    try {
      await call(client.POST('/api/v1/auth/password', { body: { email, password, newPassword } }));
      setErrors({});
      await onDone(newPassword);
    } catch (e) {
      if (e instanceof ApiError && e.fields.some((f) => f.field === 'newPassword')) {
        setErrors({
          newPassword: e.fields
            .filter((f) => f.field === 'newPassword')
            .map((f) => `Das neue Passwort ${f.message}`),
        });
        setProblem('Das Passwort wurde nicht geändert: Es erfüllt die Regeln nicht.');
      } else {
        setProblem(e instanceof ApiError ? e.message : 'Das Passwort wurde nicht geändert.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        Eigenes Passwort festlegen
      </h1>
      <p>
        Ihr Passwort hat die Administration vergeben; es gilt nur einmal. Legen Sie jetzt ein
        eigenes fest, das nur Sie kennen. Danach werden Sie damit angemeldet.
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="own-password">Neues Passwort</label>
          <span id="own-password-rules" className="sub">
            Mindestens 12 Zeichen, darunter mindestens 5 verschiedene; nicht Ihre E-Mail-Adresse und
            nicht das bisherige Passwort.
          </span>
          <input
            id="own-password"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={`own-password-rules${errors.newPassword ? ' own-password-e' : ''}`}
          />
          {errors.newPassword && (
            <ul id="own-password-e" className="form-error field-errors">
              {errors.newPassword.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="field">
          <label htmlFor="own-password-repeat">Neues Passwort wiederholen</label>
          <input
            id="own-password-repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={errors.repeat ? true : undefined}
            aria-describedby={errors.repeat ? 'own-password-repeat-e' : undefined}
          />
          {errors.repeat && (
            <span id="own-password-repeat-e" className="form-error">
              {errors.repeat}
            </span>
          )}
        </div>
        <div role="alert" className="form-error">
          {problem}
        </div>
        <div className="dialog-buttons">
          <Button type="submit" className="button" isDisabled={busy}>
            {busy ? 'Wird gespeichert …' : 'Passwort festlegen und anmelden'}
          </Button>
          <Button className="button secondary" onPress={onCancel}>
            Abbrechen
          </Button>
        </div>
      </form>
    </>
  );
}
