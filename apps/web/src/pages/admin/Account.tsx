import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, call, client, type Schemas } from '../../api';
import { describeDistricts, formatDateTime, ROLE_LABELS } from '../../labels';
import { usePageTitle } from '../../page-title';
import { useSession, useUser } from '../../session';
import type { Account as AccountData, UserRole } from '../../types';
import { useApi } from '../../use-api';
import { Loaded } from '../MyDay';
import {
  DistrictsField,
  type Errors,
  fieldErrors,
  OneTimePasswordField,
  RoleField,
  useFocusFirstInvalid,
} from './account-fields';
import { accountStatus } from './admin-labels';

type Change = Schemas['UpdateUserDto'];

/** One account: what it is, and what an administrator may change about it. */
export function Account() {
  const { id = '' } = useParams();
  const loaded = useApi(['account', id], (signal) =>
    call(client.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })),
  );
  // After a change, the answer of that change is the account as it now stands.
  const [changed, setChanged] = useState<AccountData | null>(null);
  const data = changed?.id === id ? changed : loaded.data;
  usePageTitle(data ? `Konto ${data.email}` : 'Benutzerkonto');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/verwaltung/benutzerkonten">Benutzerkonten</Link>
      </p>
      <Loaded state={{ ...loaded, data }}>
        {(account) => <AccountView account={account} onChange={setChanged} />}
      </Loaded>
    </>
  );
}

/** Sends a change of the account; the answer replaces what the page shows. */
function useChange(account: AccountData, onChange: (a: AccountData) => void) {
  return (body: Change) =>
    call(client.PATCH('/api/v1/users/{id}', { params: { path: { id: account.id } }, body })).then(
      (updated) => {
        onChange(updated);
        return updated;
      },
    );
}

function AccountView({
  account,
  onChange,
}: {
  account: AccountData;
  onChange: (a: AccountData) => void;
}) {
  const { districts } = useSession();
  const me = useUser();
  const own = me.id === account.id;
  // Said once after the account was created: the address stays the account's own.
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState((location.state as { notice?: string } | null)?.notice);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    noticeRef.current?.focus();
    if (notice) void navigate(location.pathname, { replace: true, state: null });
    // Once, when the page opens.
  }, []);
  const log = (query: Record<string, string>) =>
    `/verwaltung/protokoll?${new URLSearchParams(query).toString()}`;
  return (
    <>
      <h1 className="account-title">Konto {account.email}</h1>
      {notice && (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      <dl className="facts">
        <dt>Rolle</dt>
        <dd>{ROLE_LABELS[account.role] ?? account.role}</dd>
        <dt>Bezirke</dt>
        <dd>{describeDistricts(account.districtIds, districts)}</dd>
        <dt>Status</dt>
        <dd>{accountStatus(account)}</dd>
        <dt>Passwort</dt>
        <dd>
          {account.passwordMustChange
            ? 'Einmalpasswort offen: Die Person hat noch kein eigenes Passwort festgelegt.'
            : 'eigenes Passwort'}
        </dd>
        <dt>Letzte Anmeldung</dt>
        <dd>{account.lastLoginAt ? `${formatDateTime(account.lastLoginAt)} Uhr` : 'noch nie'}</dd>
        <dt>Angelegt</dt>
        <dd>{formatDateTime(account.createdAt)} Uhr</dd>
      </dl>
      <ul className="links">
        <li>
          <Link to={log({ recordType: 'user', recordId: account.id })}>
            Änderungen an diesem Konto im Protokoll
          </Link>
        </li>
        <li>
          <Link to={log({ actorId: account.id })}>Handlungen dieses Kontos im Protokoll</Link>
        </li>
      </ul>
      {own ? (
        <section className="admin-section" aria-labelledby="role-districts">
          <h2 id="role-districts">Rolle und Bezirke</h2>
          <p className="notice">
            Das ist Ihr eigenes Konto. Ihre eigene Rolle und Ihre eigenen Bezirke kann nur eine
            andere Administration ändern, damit sich niemand selbst Zugriff auf Fallakten geben
            kann.
          </p>
        </section>
      ) : (
        <RoleAndDistricts account={account} onChange={onChange} />
      )}
      <Access account={account} onChange={onChange} own={own} />
      <NewPassword account={account} onChange={onChange} />
    </>
  );
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function RoleAndDistricts({
  account,
  onChange,
}: {
  account: AccountData;
  onChange: (a: AccountData) => void;
}) {
  const { districts } = useSession();
  const change = useChange(account, onChange);
  const [role, setRole] = useState<UserRole>(account.role);
  const [districtIds, setDistrictIds] = useState(account.districtIds);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setProblem('');
    const body: Change = {};
    if (role !== account.role) body.role = role;
    if (!sameSet(districtIds, account.districtIds)) body.districtIds = districtIds;
    if (Object.keys(body).length === 0) {
      setMessage('Rolle und Bezirke sind unverändert; es wurde nichts gespeichert.');
      return;
    }
    setBusy(true);
    try {
      const updated = await change(body);
      setErrors({});
      setMessage(
        `Gespeichert: ${ROLE_LABELS[updated.role]}, ${describeDistricts(updated.districtIds, districts)}. Das Konto wurde überall abgemeldet und sieht beim nächsten Anmelden die neuen Rechte.`,
      );
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(fieldErrors(e, { role: 'Die Rolle', districtIds: 'Die Bezirke' }));
        setProblem('Nicht gespeichert: Bitte prüfen Sie die markierten Angaben.');
      } else {
        setProblem(e instanceof ApiError ? e.message : 'Die Änderung wurde nicht gespeichert.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section" aria-labelledby="role-districts">
      <h2 id="role-districts">Rolle und Bezirke ändern</h2>
      <form ref={form} className="form account-form" onSubmit={(e) => void submit(e)} noValidate>
        <RoleField value={role} onChange={setRole} errors={errors.role} />
        <DistrictsField
          districts={districts}
          value={districtIds}
          onChange={setDistrictIds}
          errors={errors.districtIds}
        />
        <Outcome message={message} problem={problem} />
        <Button type="submit" className="button" isDisabled={busy}>
          Rolle und Bezirke speichern
        </Button>
      </form>
    </section>
  );
}

/** Success in a status region, a refusal in an alert: both are announced. */
function Outcome({ message, problem }: { message: string; problem: string }) {
  return (
    <>
      <div role="status" className="form-message">
        {message}
      </div>
      <div role="alert" className="form-error">
        {problem}
      </div>
    </>
  );
}

/** Deactivate (after a confirmation) or reactivate the account. */
function Access({
  account,
  onChange,
  own,
}: {
  account: AccountData;
  onChange: (a: AccountData) => void;
  own: boolean;
}) {
  const change = useChange(account, onChange);
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const set = async (disabled: boolean) => {
    setBusy(true);
    setMessage('');
    setProblem('');
    try {
      await change({ disabled });
      if (disabled && own) {
        await signOut();
        void navigate('/anmelden');
        return;
      }
      setMessage(
        disabled
          ? 'Das Konto ist gesperrt: Alle Sitzungen sind beendet, Anmeldungen werden abgelehnt.'
          : 'Das Konto ist entsperrt: Die Person kann sich wieder anmelden.',
      );
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Die Änderung wurde nicht gespeichert.');
    } finally {
      setBusy(false);
      // The button pressed gave way to the other one: the focus goes to the section.
      heading.current?.focus();
    }
  };

  return (
    <section className="admin-section" aria-labelledby="access">
      <h2 id="access" tabIndex={-1} ref={heading}>
        Zugang
      </h2>
      {account.disabled ? (
        <>
          <p>
            Das Konto ist deaktiviert: Die Person kann sich nicht anmelden. Entsperren lässt sie
            wieder zu, mit ihrem bisherigen Passwort.
          </p>
          <Outcome message={message} problem={problem} />
          <Button className="button" isDisabled={busy} onPress={() => void set(false)}>
            Konto entsperren
          </Button>
        </>
      ) : (
        <>
          <p>
            Sperren deaktiviert das Konto: Alle Sitzungen enden sofort, und die Person kann sich
            nicht mehr anmelden, bis das Konto entsperrt wird. Das Protokoll bleibt erhalten.
          </p>
          <Outcome message={message} problem={problem} />
          <DialogTrigger>
            <Button className="button danger" isDisabled={busy}>
              Konto sperren
            </Button>
            <ModalOverlay className="modal-overlay" isDismissable>
              <Modal className="modal">
                <Dialog role="alertdialog" className="dialog">
                  {({ close }) => (
                    <>
                      <Heading slot="title" className="account-title">
                        Konto {account.email} sperren?
                      </Heading>
                      <p>
                        {own
                          ? 'Das ist Ihr eigenes Konto: Sie werden sofort abgemeldet und können sich erst wieder anmelden, wenn eine andere Administration es entsperrt.'
                          : 'Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden, bis das Konto entsperrt wird.'}
                      </p>
                      <div className="dialog-buttons">
                        <Button className="button secondary" onPress={close} autoFocus>
                          Abbrechen
                        </Button>
                        <Button
                          className="button danger"
                          onPress={() => {
                            close();
                            void set(true);
                          }}
                        >
                          Ja, sperren
                        </Button>
                      </div>
                    </>
                  )}
                </Dialog>
              </Modal>
            </ModalOverlay>
          </DialogTrigger>
        </>
      )}
    </section>
  );
}

/** A new one-time password: the user's sessions end, and a lock after failures is lifted. */
function NewPassword({
  account,
  onChange,
}: {
  account: AccountData;
  onChange: (a: AccountData) => void;
}) {
  const change = useChange(account, onChange);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setProblem('');
    setBusy(true);
    try {
      await change({ password });
      setErrors({});
      setPassword('');
      setMessage(
        'Das neue Einmalpasswort gilt ab sofort: Alle Sitzungen des Kontos sind beendet, eine Sperre nach Fehlversuchen ist aufgehoben. Bei der nächsten Anmeldung legt die Person ein eigenes Passwort fest.',
      );
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(fieldErrors(e, { password: 'Das Einmalpasswort' }));
        setProblem('Nicht gespeichert: Das Einmalpasswort erfüllt die Regeln nicht.');
      } else {
        setProblem(e instanceof ApiError ? e.message : 'Das Passwort wurde nicht gespeichert.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section" aria-labelledby="new-password">
      <h2 id="new-password">Neues Einmalpasswort vergeben</h2>
      <p>
        Für eine Person, die ihr Passwort vergessen hat oder nach Fehlversuchen gesperrt ist. Das
        bisherige Passwort gilt danach nicht mehr.
      </p>
      <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <OneTimePasswordField
          label="Neues Einmalpasswort"
          value={password}
          onChange={setPassword}
          errors={errors.password}
        />
        <Outcome message={message} problem={problem} />
        <Button type="submit" className="button" isDisabled={busy}>
          Einmalpasswort vergeben
        </Button>
      </form>
    </section>
  );
}
