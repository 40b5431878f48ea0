import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ApiError, call, client, type Schemas } from '../api';
import { settingOfFacility } from '@teilhabe/rules';
import { FindingItems, MarkedText, VERDICT_LABELS } from '../findings';
import { CHANNEL_LABELS, FACILITY_KIND_LABELS } from '../labels';
import { usePageTitle } from '../page-title';
import { PatternChecks } from '../PatternChecks';
import type { ExclusionPattern, FacilityView, TextCheck } from '../types';

type FacilityOption = FacilityView;

/** The request's field path of each form field, as the API names it in its messages. */
const ERROR_KEYS: Record<string, string> = {
  guardianName: 'guardian.name',
  guardianEmail: 'guardian.email',
  guardianPhone: 'guardian.phone',
  childInitials: 'child.initials',
  childBirthYear: 'child.birthYear',
  childDisability: 'child.disability',
};

/** How a facility is offered: unique enough to pick the right one of equal names. */
const facilityLabel = (f: FacilityOption) =>
  `${f.name} (${FACILITY_KIND_LABELS[f.kind] ?? f.kind}, ${f.district.name}, ${f.provider.name})`;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
const newKey = () => crypto.randomUUID();

/** A new complaint as the office receives it (phone, e-mail, letter, in person). */
export function Intake() {
  usePageTitle('Neue Beschwerde');
  const navigate = useNavigate();
  const [facilityQuery, setFacilityQuery] = useState('');
  const [facilities, setFacilities] = useState<FacilityOption[]>([]);
  const [facility, setFacility] = useState<FacilityOption | null>(null);
  const [values, setValues] = useState({
    receivedAt: today(),
    channel: 'phone',
    guardianName: '',
    guardianEmail: '',
    guardianPhone: '',
    childInitials: '',
    childBirthYear: '',
    childDisability: '',
    description: '',
    contractText: '',
  });
  const [patterns, setPatterns] = useState<ExclusionPattern[]>([]);
  const [terminated, setTerminated] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<TextCheck | null>(null);
  const [file, setFile] = useState<File | null>(null);
  // One key per complaint: a double click or a retry after a lost answer creates one case.
  const idempotencyKey = useRef(newKey());

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      call(
        client.GET('/api/v1/facilities', {
          params: { query: { q: facilityQuery.split(' (')[0].trim() || undefined, limit: 8 } },
          signal: abort.signal,
        }),
      ).then(
        (page) => {
          setFacilities(page.items);
          // A name typed in full (or chosen while the list was being renewed) picks its facility
          // once the suggestions for it arrive.
          const exact = page.items.find((f) => facilityLabel(f) === facilityQuery);
          if (exact) setFacility((chosen) => chosen ?? exact);
        },
        () => undefined,
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [facilityQuery]);

  // The rules' findings, live while the contract text is typed or pasted.
  const setting = facility ? settingOfFacility(facility.kind) : 'kita';
  useEffect(() => {
    const text = values.contractText.trim();
    if (!text) {
      setCheck(null);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      call(
        client.POST('/api/v1/rules/check', {
          body: { text: values.contractText, setting },
          signal: abort.signal,
        }),
      ).then(setCheck, () => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [values.contractText, setting]);

  /** Sets a field; its message goes once the field is changed. */
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [ERROR_KEYS[name] ?? name]: _gone, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!facility) missing.facilityId = 'Bitte wählen Sie die Einrichtung aus der Liste.';
    if (!values.guardianName.trim()) missing['guardian.name'] = 'Bitte geben Sie den Namen an.';
    if (!values.childInitials.trim())
      missing['child.initials'] = 'Bitte geben Sie die Initialen an.';
    if (!/^\d{4}$/.test(values.childBirthYear))
      missing['child.birthYear'] = 'Bitte geben Sie das Geburtsjahr vierstellig an.';
    if (!values.description.trim())
      missing.description = 'Bitte beschreiben Sie, was geschehen ist.';
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setSummary(
        `Bitte prüfen Sie ${Object.keys(missing).length === 1 ? 'ein Feld' : `${Object.keys(missing).length} Felder`}.`,
      );
      return;
    }
    setBusy(true);
    setErrors({});
    setSummary('');
    try {
      const created = await call(
        client.POST('/api/v1/cases', {
          headers: { 'idempotency-key': idempotencyKey.current },
          body: {
            facilityId: facility!.id,
            receivedAt: values.receivedAt,
            channel: values.channel as Schemas['CaseChannel'],
            guardian: {
              name: values.guardianName,
              ...(values.guardianEmail ? { email: values.guardianEmail } : {}),
              ...(values.guardianPhone ? { phone: values.guardianPhone } : {}),
            },
            child: {
              initials: values.childInitials,
              birthYear: Number(values.childBirthYear),
              ...(values.childDisability ? { disability: values.childDisability } : {}),
            },
            patterns,
            description: values.description,
            contractTerminated: terminated,
            consentToInvolveOthers: consent,
          },
        }),
      );
      const contract = file
        ? (() => {
            const form = new FormData();
            form.append('file', file);
            return form;
          })()
        : values.contractText.trim()
          ? { text: values.contractText }
          : null;
      if (contract) {
        try {
          await call(
            client.POST('/api/v1/cases/{id}/contracts', {
              params: { path: { id: created.id } },
              body: contract as { text: string },
              ...(contract instanceof FormData
                ? { bodySerializer: (body: unknown) => body as FormData }
                : {}),
            }),
          );
        } catch (e) {
          // The complaint is recorded: the case file says what became of the contract.
          void navigate(`/faelle/${created.id}`, {
            state: {
              notice: `Die Beschwerde ist angelegt, der Vertrag aber nicht: ${
                e instanceof ApiError ? e.message : 'Er konnte nicht gespeichert werden.'
              } Bitte fügen Sie ihn unten unter „Vertrag hinzufügen“ erneut hinzu.`,
            },
          });
          return;
        }
      }
      void navigate(`/faelle/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(Object.fromEntries(e.fields.map((f) => [f.field, f.message])));
        setSummary(e.message);
      } else {
        setSummary(
          e instanceof ApiError ? e.message : 'Die Beschwerde konnte nicht gespeichert werden.',
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (
    name: keyof typeof values,
    errorKey: string,
    label: string,
    props: { type?: string; required?: boolean; autoComplete?: string; inputMode?: 'numeric' } = {},
  ) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>
        {label}
        {props.required ? ' (Pflichtfeld)' : ''}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        value={values[name]}
        onChange={(e) => set(name)(e.target.value)}
        aria-invalid={errors[errorKey] ? true : undefined}
        aria-describedby={errors[errorKey] ? `e-${name}` : undefined}
      />
      {errors[errorKey] && (
        <span id={`e-${name}`} className="form-error">
          {errors[errorKey]}
        </span>
      )}
    </div>
  );

  return (
    <>
      <h1>Neue Beschwerde</h1>
      <form className="form intake" onSubmit={(e) => void submit(e)} noValidate>
        <div role="alert" className="form-error">
          {summary}
        </div>
        <fieldset>
          <legend>Einrichtung und Eingang</legend>
          <div className="field">
            <label htmlFor="f-facility">Einrichtung (Pflichtfeld)</label>
            <input
              id="f-facility"
              list="facility-options"
              autoComplete="off"
              value={facilityQuery}
              onChange={(e) => {
                const text = e.target.value;
                setFacilityQuery(text);
                setFacility(facilities.find((f) => facilityLabel(f) === text) ?? null);
                setErrors(({ facilityId: _gone, ...rest }) => rest);
              }}
              aria-invalid={errors.facilityId ? true : undefined}
              aria-describedby={`h-facility${errors.facilityId ? ' e-facility' : ''}`}
            />
            <datalist id="facility-options">
              {facilities.map((f) => (
                <option key={f.id} value={facilityLabel(f)} />
              ))}
            </datalist>
            <span id="h-facility" className="sub">
              Namen eingeben und aus den Vorschlägen wählen.
              {facility ? ` Gewählt: ${facilityLabel(facility)}.` : ''}
            </span>
            {errors.facilityId && (
              <span id="e-facility" className="form-error">
                {errors.facilityId}
              </span>
            )}
          </div>
          {field('receivedAt', 'receivedAt', 'Eingegangen am', { type: 'date', required: true })}
          <div className="field">
            <label htmlFor="f-channel">Eingangsweg</label>
            <select
              id="f-channel"
              value={values.channel}
              onChange={(e) => set('channel')(e.target.value)}
            >
              {Object.entries(CHANNEL_LABELS)
                .filter(([value]) => value !== 'web')
                .map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>Erziehungsberechtigte</legend>
          {field('guardianName', 'guardian.name', 'Name', { required: true })}
          {field('guardianEmail', 'guardian.email', 'E-Mail-Adresse', { type: 'email' })}
          {field('guardianPhone', 'guardian.phone', 'Telefon', { type: 'tel' })}
        </fieldset>
        <fieldset>
          <legend>Kind</legend>
          {field('childInitials', 'child.initials', 'Initialen', { required: true })}
          {field('childBirthYear', 'child.birthYear', 'Geburtsjahr', {
            required: true,
            inputMode: 'numeric',
          })}
          {field('childDisability', 'child.disability', 'Behinderung oder Förderbedarf')}
        </fieldset>
        <PatternChecks legend="Gemeldete Muster" value={patterns} onChange={setPatterns} />
        <fieldset>
          <legend>Sachverhalt</legend>
          <div className="field">
            <label htmlFor="f-description">Was ist geschehen? (Pflichtfeld)</label>
            <textarea
              id="f-description"
              rows={5}
              value={values.description}
              onChange={(e) => set('description')(e.target.value)}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={errors.description ? 'e-description' : undefined}
            />
            {errors.description && (
              <span id="e-description" className="form-error">
                {errors.description}
              </span>
            )}
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={terminated}
              onChange={(e) => setTerminated(e.target.checked)}
            />{' '}
            Der Träger hat den Betreuungsvertrag gekündigt.
          </label>
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
        <fieldset>
          <legend>Betreuungsvertrag</legend>
          <div className="field">
            <label htmlFor="f-contract">Vertragstext oder Nebenabrede (wird sofort geprüft)</label>
            <textarea
              id="f-contract"
              rows={8}
              value={values.contractText}
              onChange={(e) => set('contractText')(e.target.value)}
              disabled={file !== null}
            />
          </div>
          <div className="field">
            <label htmlFor="f-contract-file">
              oder den Vertrag als Datei (PDF, DOCX oder TXT, höchstens 10 MB)
            </label>
            <input
              id="f-contract-file"
              type="file"
              accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-describedby="h-contract-file"
            />
            <span id="h-contract-file" className="sub">
              Eine Datei wird beim Anlegen gelesen und geprüft; die Befunde stehen dann in der
              Fallakte.
            </span>
          </div>
          <Findings text={values.contractText} check={file ? null : check} />
        </fieldset>
        <Button type="submit" className="button" isDisabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Beschwerde anlegen'}
        </Button>
      </form>
    </>
  );
}

/** The rules' verdict and findings, with each finding's evidence marked in the text. */
function Findings({ text, check }: { text: string; check: TextCheck | null }) {
  if (!check) return null;
  return (
    <section className="findings" aria-live="polite" aria-labelledby="findings-title">
      <h2 id="findings-title">Prüfergebnis: {VERDICT_LABELS[check.verdict] ?? check.verdict}</h2>
      {check.findings.length > 0 && <MarkedText text={text} findings={check.findings} />}
      <FindingItems findings={check.findings} />
    </section>
  );
}
