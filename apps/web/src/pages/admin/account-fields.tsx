// The fields an administrator fills in for an account (role, districts, one-time password),
// shared by "Neues Konto" and the account page, and the API's field errors shown at them.
import { type RefObject, useEffect, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { ApiError } from '../../api';
import { ROLE_LABELS } from '../../labels';
import type { District, UserRole } from '../../types';
import {
  generatePassword,
  ONE_TIME_EXPLAINED,
  PASSWORD_RULES,
  ROLE_HINTS,
  ROLES,
} from './admin-labels';

/** Messages per field, each a whole German sentence. */
export type Errors = Record<string, string[]>;

/**
 * The API's field errors as sentences: "muss mindestens 12 Zeichen lang sein." becomes
 * "Das Einmalpasswort muss mindestens 12 Zeichen lang sein." (`subjects` names each field).
 */
export function fieldErrors(error: ApiError, subjects: Record<string, string>): Errors {
  const errors: Errors = {};
  for (const { field, message } of error.fields) {
    const key = field.split('.')[0].replace(/\[\d+\]$/, '');
    const sentence = /^\p{Ll}/u.test(message) ? `${subjects[key] ?? key} ${message}` : message;
    const list = (errors[key] ??= []);
    if (!list.includes(sentence)) list.push(sentence);
  }
  return errors;
}

/** Moves the focus to the first field marked invalid, once errors are shown. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, errors: Errors) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, form]);
}

/** A field's messages, referenced by the field's aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="form-error field-errors">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

export function RoleField({
  value,
  onChange,
  errors,
}: {
  value: UserRole;
  onChange: (role: UserRole) => void;
  errors?: string[];
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={errors?.length ? `${id}-e` : undefined}>
      <legend>Rolle</legend>
      {ROLES.map((role) => (
        <div className="choice" key={role}>
          <input
            type="radio"
            id={`${id}-${role}`}
            name={`${id}-role`}
            value={role}
            checked={value === role}
            onChange={() => onChange(role)}
            aria-describedby={`${id}-${role}-hint`}
            aria-invalid={errors?.length ? true : undefined}
          />
          <label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role]}</label>
          <span className="sub" id={`${id}-${role}-hint`}>
            {ROLE_HINTS[role]}
          </span>
        </div>
      ))}
      <FieldMessages id={`${id}-e`} messages={errors} />
    </fieldset>
  );
}

/** All districts, or a choice of them: the cases and facilities the account sees. */
export function DistrictsField({
  districts,
  value,
  onChange,
  errors,
}: {
  districts: District[];
  value: string[];
  onChange: (ids: string[]) => void;
  errors?: string[];
}) {
  const id = useId();
  const all = districts.length > 0 && districts.every((d) => value.includes(d.id));
  const [choose, setChoose] = useState(!all);
  const sorted = [...districts].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return (
    <fieldset aria-describedby={describedBy(`${id}-hint`, !!errors?.length && `${id}-e`)}>
      <legend>Bezirke</legend>
      <span className="sub" id={`${id}-hint`}>
        Die Bezirke bestimmen, welche Fälle und Einrichtungen das Konto sieht.
      </span>
      <div className="choice">
        <input
          type="radio"
          id={`${id}-all`}
          name={`${id}-mode`}
          checked={!choose}
          onChange={() => {
            setChoose(false);
            onChange(districts.map((d) => d.id));
          }}
        />
        <label htmlFor={`${id}-all`}>Alle Bezirke ({districts.length})</label>
      </div>
      <div className="choice">
        <input
          type="radio"
          id={`${id}-some`}
          name={`${id}-mode`}
          checked={choose}
          onChange={() => setChoose(true)}
        />
        <label htmlFor={`${id}-some`}>Ausgewählte Bezirke</label>
      </div>
      {choose && (
        <fieldset className="district-choice">
          <legend>Bezirke auswählen ({value.length} gewählt)</legend>
          <div className="district-grid">
            {sorted.map((d) => (
              <label key={d.id} className="check">
                <input
                  type="checkbox"
                  checked={value.includes(d.id)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))
                  }
                />{' '}
                {d.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <FieldMessages id={`${id}-e`} messages={errors} />
    </fieldset>
  );
}

/**
 * A one-time password: shown in clear, since the administrator passes it on; a button
 * proposes a strong one. The rules and what "one-time" means are said at the field.
 */
export function OneTimePasswordField({
  label,
  value,
  onChange,
  errors,
}: {
  label: string;
  value: string;
  onChange: (password: string) => void;
  errors?: string[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="sub" id={`${id}-rules`}>
        {PASSWORD_RULES}
      </span>
      <span className="sub" id={`${id}-once`}>
        {ONE_TIME_EXPLAINED}
      </span>
      <div className="password-row">
        <input
          id={id}
          type="text"
          className="mono"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(`${id}-rules`, `${id}-once`, !!errors?.length && `${id}-e`)}
        />
        <Button className="button secondary" onPress={() => onChange(generatePassword())}>
          Passwort vorschlagen
        </Button>
      </div>
      <FieldMessages id={`${id}-e`} messages={errors} />
    </div>
  );
}
