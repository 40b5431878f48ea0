import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api';
import { usePageTitle } from '../page-title';
import { useSession } from '../session';
import { OwnPassword } from './OwnPassword';

export function SignIn() {
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The password was a one-time password an administrator set: choose one's own first.
  const [oneTime, setOneTime] = useState(false);
  usePageTitle(oneTime ? 'Eigenes Passwort festlegen' : 'Anmelden');
  const back = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={back} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await signIn(email, password);
      void navigate(back, { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'password_change_required') setOneTime(true);
      else setError(e instanceof ApiError ? e.message : 'Die Anmeldung ist fehlgeschlagen.');
    } finally {
      setBusy(false);
    }
  };

  if (oneTime) {
    return (
      <main id="inhalt" className="sign-in">
        <OwnPassword
          email={email}
          password={password}
          onDone={async (newPassword) => {
            await signIn(email, newPassword);
            void navigate(back, { replace: true });
          }}
          onCancel={() => {
            setOneTime(false);
            setPassword('');
          }}
        />
      </main>
    );
  }

  return (
    <main id="inhalt" className="sign-in">
      <h1>Anmelden bei Teilhabe</h1>
      <p>Fallakte des Landesjugendamts zu Ausschlüssen von Kindern mit Behinderung.</p>
      <Form onSubmit={(e) => void submit(e)} className="form">
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          isRequired
          value={email}
          onChange={setEmail}
        >
          <Label>E-Mail-Adresse</Label>
          <Input />
          <FieldError>Bitte geben Sie Ihre E-Mail-Adresse an.</FieldError>
        </TextField>
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
        >
          <Label>Passwort</Label>
          <Input />
          <FieldError>Bitte geben Sie Ihr Passwort an.</FieldError>
        </TextField>
        <div role="alert" className="form-error">
          {error}
        </div>
        <Button type="submit" className="button" isDisabled={busy}>
          {busy ? 'Anmeldung läuft …' : 'Anmelden'}
        </Button>
      </Form>
    </main>
  );
}
