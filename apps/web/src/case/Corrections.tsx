import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client, type Schemas } from '../api';
import type { CaseDetail, ExclusionPattern } from '../types';
import { PatternChecks } from '../PatternChecks';
import { useAction } from './action';

type Update = Schemas['UpdateCaseDto'];

/** The case's facts as the form holds them (text for every input). */
function formValues(c: CaseDetail) {
  return {
    description: c.description,
    guardianName: c.guardian.name ?? '',
    guardianEmail: c.guardian.email ?? '',
    guardianPhone: c.guardian.phone ?? '',
    childInitials: c.child.initials ?? '',
    childBirthYear: String(c.child.birthYear),
    childDisability: c.child.disability ?? '',
    notified:
      c.facts.officeNotifiedBeforehand === null ? '' : String(c.facts.officeNotifiedBeforehand),
  };
}

/** The request's field path of each input, as the API names it in its messages. */
const FIELD_OF: Record<keyof ReturnType<typeof formValues>, string> = {
  description: 'description',
  guardianName: 'guardian.name',
  guardianEmail: 'guardian.email',
  guardianPhone: 'guardian.phone',
  childInitials: 'child.initials',
  childBirthYear: 'child.birthYear',
  childDisability: 'child.disability',
  notified: 'officeNotifiedBeforehand',
};

/** Corrections of an open case's facts: only what was changed is sent, and lands on the timeline. */
export function Corrections({ c, onChange }: { c: CaseDetail; onChange: (c: CaseDetail) => void }) {
  const [shown, setShown] = useState(false);
  const [values, setValues] = useState(() => formValues(c));
  const [patterns, setPatterns] = useState<ExclusionPattern[]>(c.patterns);
  const [terminated, setTerminated] = useState(c.facts.contractTerminated);
  const [consent, setConsent] = useState(c.facts.consentToInvolveOthers);
  const action = useAction();

  const open = () => {
    setValues(formValues(c));
    setPatterns(c.patterns);
    setTerminated(c.facts.contractTerminated);
    setConsent(c.facts.consentToInvolveOthers);
    setShown(true);
  };

  const changes = (): Update => {
    const before = formValues(c);
    const body: Update = {};
    const text = (v: string) => (v.trim() === '' ? null : v.trim());
    if (values.description !== before.description) body.description = values.description;
    const guardian: NonNullable<Update['guardian']> = {};
    if (values.guardianName !== before.guardianName) guardian.name = values.guardianName.trim();
    if (values.guardianEmail !== before.guardianEmail) guardian.email = text(values.guardianEmail);
    if (values.guardianPhone !== before.guardianPhone) guardian.phone = text(values.guardianPhone);
    if (Object.keys(guardian).length) body.guardian = guardian;
    const child: NonNullable<Update['child']> = {};
    if (values.childInitials !== before.childInitials) child.initials = values.childInitials.trim();
    if (values.childBirthYear !== before.childBirthYear)
      child.birthYear = Number(values.childBirthYear);
    if (values.childDisability !== before.childDisability)
      child.disability = text(values.childDisability);
    if (Object.keys(child).length) body.child = child;
    if ([...patterns].sort().join() !== [...c.patterns].sort().join()) body.patterns = patterns;
    if (terminated !== c.facts.contractTerminated) body.contractTerminated = terminated;
    if (consent !== c.facts.consentToInvolveOthers) body.consentToInvolveOthers = consent;
    if (values.notified !== before.notified)
      body.officeNotifiedBeforehand = values.notified === '' ? null : values.notified === 'true';
    return body;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = changes();
    if (Object.keys(body).length === 0) {
      action.refuse('Sie haben nichts geändert.');
      return;
    }
    const ok = await action.run(async () => {
      onChange(
        await call(client.PATCH('/api/v1/cases/{id}', { params: { path: { id: c.id } }, body })),
      );
    }, 'Die Angaben wurden berichtigt.');
    if (ok) setShown(false);
  };

  const input = (name: keyof typeof values, label: string, type = 'text') => {
    const error = action.fields[FIELD_OF[name]];
    return (
      <div className="field">
        <label htmlFor={`fix-${name}`}>{label}</label>
        <input
          id={`fix-${name}`}
          type={type}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `fix-${name}-error` : undefined}
        />
        {error && (
          <span id={`fix-${name}-error`} className="form-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="corrections">
      <h3 id="corrections">Angaben berichtigen</h3>
      {!shown ? (
        <>
          <Button className="button secondary" onPress={open} aria-expanded={false}>
            Angaben berichtigen
          </Button>
          {action.messages}
        </>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label htmlFor="fix-description">Sachverhalt</label>
            <textarea
              id="fix-description"
              rows={5}
              value={values.description}
              onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
              aria-invalid={action.fields.description ? true : undefined}
            />
          </div>
          <PatternChecks legend="Gemeldete Muster" value={patterns} onChange={setPatterns} />
          <fieldset>
            <legend>Erziehungsberechtigte</legend>
            {input('guardianName', 'Name')}
            {input('guardianEmail', 'E-Mail-Adresse', 'email')}
            {input('guardianPhone', 'Telefon', 'tel')}
          </fieldset>
          <fieldset>
            <legend>Kind</legend>
            {input('childInitials', 'Initialen')}
            {input('childBirthYear', 'Geburtsjahr')}
            {input('childDisability', 'Behinderung oder Förderbedarf')}
          </fieldset>
          <fieldset>
            <legend>Umstände</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={terminated}
                onChange={(e) => setTerminated(e.target.checked)}
              />{' '}
              Der Träger hat den Betreuungsvertrag gekündigt.
            </label>
            <div className="field">
              <label htmlFor="fix-notified">
                Hat der Träger das Landesjugendamt vorab informiert?
              </label>
              <select
                id="fix-notified"
                value={values.notified}
                onChange={(e) => setValues((v) => ({ ...v, notified: e.target.value }))}
              >
                <option value="">nicht bekannt</option>
                <option value="true">ja</option>
                <option value="false">nein</option>
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
              />{' '}
              Die Eltern sind einverstanden, dass das Landesjugendamt Einrichtung, Träger und
              Jugendamt einbezieht.
            </label>
          </fieldset>
          {action.messages}
          <div className="actions-row">
            <Button type="submit" className="button" isDisabled={action.busy}>
              Berichtigung speichern
            </Button>
            <Button className="button secondary" onPress={() => setShown(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
