import { type FormEvent, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { ApiError, call, client } from '../../api';
import { usePageTitle } from '../../page-title';
import { useSession } from '../../session';
import type { UserRole } from '../../types';
import {
  DistrictsField,
  type Errors,
  FieldMessages,
  fieldErrors,
  OneTimePasswordField,
  RoleField,
  useFocusFirstInvalid,
} from './account-fields';

const SUBJECTS = {
  email: 'Die E-Mail-Adresse',
  password: 'Das Einmalpasswort',
  role: 'Die Rolle',
  districtIds: 'Die Bezirke',
};

/** A new account: e-mail, role, districts and a one-time password. */
export function NewAccount() {
  usePageTitle('Neues Benutzerkonto');
  const { districts } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('caseworker');
  const [districtIds, setDistrictIds] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSummary('');
    try {
      const created = await call(
        client.POST('/api/v1/users', { body: { email, role, districtIds, password } }),
      );
      void navigate(`/verwaltung/benutzerkonten/${created.id}`, {
        state: {
          notice: `Das Konto ${created.email} ist angelegt. Bei der ersten Anmeldung mit dem Einmalpasswort legt die Person ein eigenes Passwort fest.`,
        },
      });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'user_exists') {
        setErrors({ email: [e.message] });
        setSummary('Das Konto wurde nicht angelegt: Diese E-Mail-Adresse hat schon ein Konto.');
      } else if (e instanceof ApiError && e.fields.length > 0) {
        const found = fieldErrors(e, SUBJECTS);
        setErrors(found);
        const n = Object.keys(found).length;
        setSummary(
          `Das Konto wurde nicht angelegt: Bitte prüfen Sie ${n === 1 ? 'das markierte Feld' : `die ${n} markierten Felder`}.`,
        );
      } else {
        setErrors({});
        setSummary(e instanceof ApiError ? e.message : 'Das Konto konnte nicht angelegt werden.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/verwaltung/benutzerkonten">Benutzerkonten</Link>
      </p>
      <h1>Neues Benutzerkonto</h1>
      <form ref={form} className="form account-form" onSubmit={(e) => void submit(e)} noValidate>
        <div role="alert" className="form-error">
          {summary}
        </div>
        <div className="field">
          <label htmlFor="account-email">E-Mail-Adresse</label>
          <input
            id="account-email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'account-email-e' : undefined}
          />
          <FieldMessages id="account-email-e" messages={errors.email} />
        </div>
        <RoleField value={role} onChange={setRole} errors={errors.role} />
        <DistrictsField
          districts={districts}
          value={districtIds}
          onChange={setDistrictIds}
          errors={errors.districtIds}
        />
        <OneTimePasswordField
          label="Einmalpasswort"
          value={password}
          onChange={setPassword}
          errors={errors.password}
        />
        <Button type="submit" className="button" isDisabled={busy}>
          {busy ? 'Wird angelegt …' : 'Konto anlegen'}
        </Button>
      </form>
    </>
  );
}
