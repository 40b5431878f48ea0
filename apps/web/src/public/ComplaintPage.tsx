import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, call, client, type Schemas } from '../api';
import { type Field, type Texts, TEXTS, type Variant } from './texts';
import './public.css';

type Facility = Schemas['PublicFacilityView'];
type Pattern = Schemas['ExclusionPattern'];

/** The order in which the form asks about what happened (every pattern the API knows). */
const PATTERNS = Object.keys(TEXTS.standard.questions) as Pattern[];

/** The API's limits, checked here first so that the message can be in the page's language. */
const MAX = { description: 10_000, name: 200, disability: 500 } as const;
const PHONE = /^\+?[0-9][0-9 ()/-]{3,28}[0-9]$/;
const INITIALS = /^(\p{Lu}\.?\s?){1,4}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where each field's input is, for the links of the error summary, in the order of the form. */
const INPUT_IDS: Record<Field, string> = {
  facilityId: 'f-facility',
  description: 'f-description',
  'child.initials': 'f-initials',
  'child.birthYear': 'f-birth-year',
  'child.disability': 'f-disability',
  'guardian.name': 'f-name',
  'guardian.email': 'f-email',
  'guardian.phone': 'f-phone',
  contactConsent: 'f-consent',
};

const EMPTY = {
  facilityText: '',
  description: '',
  name: '',
  email: '',
  phone: '',
  initials: '',
  birthYear: '',
  disability: '',
  website: '',
};
type Values = typeof EMPTY;

const thisYear = () =>
  Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 4));

function facilityLabel(f: Facility, t: Texts): string {
  const place = f.city && f.city !== f.district ? `${f.city} (${f.district})` : f.district;
  return `${f.name} – ${t.kind[f.kind] ?? f.kind} in ${place}`;
}

/**
 * The facility `text` names: a suggestion as offered, or the one suggestion of exactly this
 * name (for whoever types the whole name rather than picking it from the list).
 */
function matchOf(text: string, options: Facility[], t: Texts): Facility | null {
  const exact = options.find((f) => facilityLabel(f, t) === text);
  if (exact) return exact;
  const typed = text.trim().toLocaleLowerCase('de');
  const named = options.filter((f) => f.name.toLocaleLowerCase('de') === typed);
  return named.length === 1 ? named[0] : null;
}

/** The messages of everything the parent has to fix, keyed by field; empty when all is well. */
function validate(
  v: Values,
  facility: Facility | null,
  consent: boolean,
  t: Texts,
): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  const year = thisYear();
  if (!facility)
    e.facilityId = v.facilityText.trim() ? t.errors.facilityNotChosen : t.errors.facilityMissing;
  if (!v.description.trim()) e.description = t.errors.descriptionMissing;
  else if (v.description.length > MAX.description)
    e.description = t.errors.tooLong(MAX.description);
  if (!v.initials.trim()) e['child.initials'] = t.errors.initialsMissing;
  else if (!INITIALS.test(v.initials.trim())) e['child.initials'] = t.errors.initials;
  const birthYear = Number(v.birthYear.trim());
  if (!/^\d{4}$/.test(v.birthYear.trim()) || birthYear < year - 21 || birthYear > year)
    e['child.birthYear'] = t.errors.birthYear(year - 21, year);
  if (v.disability.length > MAX.disability)
    e['child.disability'] = t.errors.tooLong(MAX.disability);
  if (!v.name.trim()) e['guardian.name'] = t.errors.nameMissing;
  else if (v.name.length > MAX.name) e['guardian.name'] = t.errors.tooLong(MAX.name);
  if (!v.email.trim() && !v.phone.trim()) {
    e['guardian.email'] = t.errors.contactMissing;
    e['guardian.phone'] = t.errors.contactMissing;
  }
  if (v.email.trim() && !EMAIL.test(v.email.trim())) e['guardian.email'] = t.errors.email;
  if (v.phone.trim() && !PHONE.test(v.phone.trim())) e['guardian.phone'] = t.errors.phone;
  if (!consent) e.contactConsent = t.errors.consent;
  return e;
}

/**
 * The parents' complaint form at /beschwerde (everyday German) and /beschwerde/leichte-sprache:
 * no account, the facility found by name or town, the patterns as yes/no questions, and the
 * Aktenzeichen once the complaint is in.
 */
export function ComplaintPage({ variant }: { variant: Variant }) {
  const t = TEXTS[variant];
  const [values, setValues] = useState<Values>(EMPTY);
  const [answers, setAnswers] = useState<Partial<Record<Pattern, boolean>>>({});
  const [consent, setConsent] = useState(false);
  const [facility, setFacility] = useState<Facility | null>(null);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Facility[]>([]);
  const [searchStatus, setSearchStatus] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<{ title: string; fields: Field[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [reference, setReference] = useState<string | null>(null);
  // One key per complaint as it stands: a double click or a retry after a lost answer files it
  // once; any change makes it another complaint.
  const idempotencyKey = useRef(crypto.randomUUID());
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const failed = summary !== null;
  useEffect(() => {
    const title = reference ? t.doneTitle : t.title;
    document.title = `${failed && !reference ? 'Fehler: ' : ''}${title} – Landesjugendamt`;
  }, [t, reference, failed]);

  useEffect(() => {
    if (reference) doneRef.current?.focus();
  }, [reference]);

  // Suggestions while the name or town is typed: at most ten, from the public search.
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setOptions([]);
      setSearchStatus('');
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      call(
        client.GET('/api/v1/public/facilities', { params: { query: { q } }, signal: abort.signal }),
      )
        .then((found) => {
          setOptions(found);
          setSearchStatus(found.length > 0 ? t.facility.found(found.length) : t.facility.none);
          setFacility((chosen) => chosen ?? matchOf(q, found, t));
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          setSearchStatus(error instanceof ApiError ? error.message : t.errors.network);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, t]);

  const changed = (field?: Field) => {
    idempotencyKey.current = crypto.randomUUID();
    if (field) setErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const set = (name: keyof Values, field?: Field) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    changed(field);
    if (field === 'guardian.email' || field === 'guardian.phone') {
      // Either of the two answers "how do we reach you".
      setErrors(({ 'guardian.email': _e, 'guardian.phone': _p, ...rest }) => rest);
    }
  };

  const chooseFacility = (text: string) => {
    setValues((v) => ({ ...v, facilityText: text }));
    changed('facilityId');
    const match = matchOf(text, options, t);
    setFacility(match);
    // A chosen suggestion is kept as it is; anything else is searched for.
    if (!match || facilityLabel(match, t) !== text) setQuery(text);
  };

  const showErrors = (found: Partial<Record<Field, string>>, title?: string) => {
    const fields = (Object.keys(INPUT_IDS) as Field[]).filter((f) => found[f]);
    setErrors(found);
    setSummary({ title: title ?? t.errors.summary(fields.length), fields });
    // After React drew the summary: focus it, so that its links come next.
    setTimeout(() => summaryRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate(values, facility, consent, t);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setBusy(true);
    setSummary(null);
    try {
      const body: Schemas['PublicComplaintDto'] = {
        facilityId: facility!.id,
        patterns: PATTERNS.filter((p) => answers[p] === true),
        description: values.description,
        guardian: {
          name: values.name,
          ...(values.email.trim() ? { email: values.email } : {}),
          ...(values.phone.trim() ? { phone: values.phone } : {}),
        },
        child: {
          initials: values.initials,
          birthYear: Number(values.birthYear.trim()),
          ...(values.disability.trim() ? { disability: values.disability } : {}),
        },
        contactConsent: true,
        ...(values.website ? { website: values.website } : {}),
      };
      const receipt = await call(
        client.POST('/api/v1/public/complaints', {
          body,
          headers: { 'Idempotency-Key': idempotencyKey.current },
        }),
      );
      setReference(receipt.reference);
      window.scrollTo(0, 0);
    } catch (e) {
      if (!(e instanceof ApiError)) {
        showErrors({}, t.errors.failed);
      } else if (e.fields.length > 0) {
        const known = e.fields.filter((f): f is { field: Field; message: string } =>
          Object.hasOwn(INPUT_IDS, f.field),
        );
        showErrors(
          Object.fromEntries(known.map((f) => [f.field, f.message])),
          known.length === 0 ? e.message : undefined,
        );
      } else if (e.code === 'honeypot') {
        setValues((v) => ({ ...v, website: '' }));
        showErrors({}, t.errors.honeypot);
      } else if (e.code === 'rate_limited') {
        showErrors({}, t.errors.rateLimited ?? e.message);
      } else {
        showErrors({}, e.status === 0 ? t.errors.network : e.message || t.errors.failed);
      }
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setValues(EMPTY);
    setAnswers({});
    setConsent(false);
    setFacility(null);
    setQuery('');
    setErrors({});
    setSummary(null);
    setReference(null);
    idempotencyKey.current = crypto.randomUUID();
    // The button that was pressed is gone: the focus goes to the top of the new form.
    setTimeout(() => document.getElementById('inhalt')?.focus());
  };

  /** A text field with its label, hint and message. */
  const input = (
    field: Field,
    name: keyof Values,
    label: string,
    props: {
      hint?: string;
      type?: string;
      autoComplete?: string;
      inputMode?: 'numeric' | 'email' | 'tel';
      className?: string;
      maxLength?: number;
    } = {},
  ) => {
    const id = INPUT_IDS[field];
    const described = [props.hint && `${id}-hint`, errors[field] && `${id}-error`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {props.hint && (
          <span id={`${id}-hint`} className="hint">
            {props.hint}
          </span>
        )}
        {errors[field] && (
          <span id={`${id}-error`} className="form-error">
            {errors[field]}
          </span>
        )}
        <input
          id={id}
          name={name}
          type={props.type ?? 'text'}
          className={props.className}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          value={values[name]}
          onChange={(e) => set(name, field)(e.target.value)}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={described || undefined}
        />
      </div>
    );
  };

  return (
    <div className={`public ${variant === 'easy' ? 'easy' : ''}`}>
      <a className="skip-link" href="#inhalt">
        {t.skipLink}
      </a>
      <header className="public-header">
        <p className="public-site">{t.site}</p>
        <Link to={t.otherVariant.to} className="variant-link">
          {t.otherVariant.label}
        </Link>
      </header>
      <main id="inhalt" tabIndex={-1} className="public-main">
        {reference ? (
          <Receipt t={t} reference={reference} headingRef={doneRef} onAnother={startOver} />
        ) : (
          <>
            <h1>{t.heading}</h1>
            <div className="intro">
              {/* In Leichte Sprache, every sentence stands on a line of its own. */}
              {t.intro.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
            <p className="required-note">{t.required}</p>
            <form className="form public-form" onSubmit={(e) => void submit(e)} noValidate>
              <div role="alert" className="error-summary" tabIndex={-1} ref={summaryRef}>
                {summary && (
                  <>
                    <p className="error-summary-title">{summary.title}</p>
                    {summary.fields.length > 0 && (
                      <ul>
                        {summary.fields.map((f) => (
                          <li key={f}>
                            <a
                              href={`#${INPUT_IDS[f]}`}
                              onClick={(e) => {
                                e.preventDefault();
                                document.getElementById(INPUT_IDS[f])?.focus();
                              }}
                            >
                              {t.labels[f]}: {errors[f]}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
              </div>

              <fieldset>
                <legend>{t.facility.legend}</legend>
                <div className="field">
                  <label htmlFor="f-facility">{t.facility.label}</label>
                  <span id="f-facility-hint" className="hint">
                    {t.facility.hint}
                  </span>
                  {errors.facilityId && (
                    <span id="f-facility-error" className="form-error">
                      {errors.facilityId}
                    </span>
                  )}
                  <input
                    id="f-facility"
                    name="facility"
                    type="text"
                    list="facility-options"
                    autoComplete="off"
                    maxLength={100}
                    value={values.facilityText}
                    onChange={(e) => chooseFacility(e.target.value)}
                    aria-invalid={errors.facilityId ? true : undefined}
                    aria-describedby={`f-facility-hint f-facility-status${errors.facilityId ? ' f-facility-error' : ''}`}
                  />
                  <datalist id="facility-options">
                    {options.map((f) => (
                      <option key={f.id} value={facilityLabel(f, t)} />
                    ))}
                  </datalist>
                  <span id="f-facility-status" className="hint" aria-live="polite">
                    {facility ? t.facility.chosen(facilityLabel(facility, t)) : searchStatus}
                  </span>
                </div>
              </fieldset>

              <section className="happened" aria-labelledby="happened-heading">
                <h2 id="happened-heading">{t.happened.heading}</h2>
                <p className="hint">{t.happened.hint}</p>
                {PATTERNS.map((p, i) => (
                  <fieldset
                    key={p}
                    className="question"
                    aria-describedby={t.questions[p].hint ? `q-${i}-hint` : undefined}
                  >
                    <legend>{t.questions[p].text}</legend>
                    {t.questions[p].hint && (
                      <p id={`q-${i}-hint`} className="hint">
                        {t.questions[p].hint}
                      </p>
                    )}
                    <div className="yes-no">
                      {([true, false] as const).map((answer) => (
                        <label key={String(answer)}>
                          <input
                            type="radio"
                            name={`q-${p}`}
                            value={answer ? 'ja' : 'nein'}
                            checked={answers[p] === answer}
                            onChange={() => {
                              setAnswers((a) => ({ ...a, [p]: answer }));
                              changed();
                            }}
                          />
                          {answer ? t.happened.yes : t.happened.no}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
                <div className="field">
                  <label htmlFor="f-description">{t.description.label}</label>
                  <span id="f-description-hint" className="hint">
                    {t.description.hint}
                  </span>
                  {errors.description && (
                    <span id="f-description-error" className="form-error">
                      {errors.description}
                    </span>
                  )}
                  <textarea
                    id="f-description"
                    name="description"
                    rows={7}
                    value={values.description}
                    onChange={(e) => set('description', 'description')(e.target.value)}
                    aria-invalid={errors.description ? true : undefined}
                    aria-describedby={`f-description-hint${errors.description ? ' f-description-error' : ''}`}
                  />
                </div>
              </section>

              <fieldset aria-describedby="child-hint">
                <legend>{t.child.legend}</legend>
                <p id="child-hint" className="hint">
                  {t.child.hint}
                </p>
                {input('child.initials', 'initials', t.child.initials, {
                  hint: t.child.initialsHint,
                  className: 'short',
                  maxLength: 12,
                })}
                {input('child.birthYear', 'birthYear', t.child.birthYear, {
                  hint: t.child.birthYearHint,
                  inputMode: 'numeric',
                  className: 'short',
                  maxLength: 4,
                })}
                {input('child.disability', 'disability', t.child.disability, {
                  hint: t.child.disabilityHint,
                  maxLength: MAX.disability,
                })}
              </fieldset>

              <fieldset aria-describedby="contact-hint">
                <legend>{t.contact.legend}</legend>
                <p id="contact-hint" className="hint">
                  {t.contact.hint}
                </p>
                {input('guardian.name', 'name', t.contact.name, {
                  autoComplete: 'name',
                  maxLength: MAX.name,
                })}
                {input('guardian.email', 'email', t.contact.email, {
                  type: 'email',
                  autoComplete: 'email',
                  inputMode: 'email',
                  maxLength: 254,
                })}
                {input('guardian.phone', 'phone', t.contact.phone, {
                  type: 'tel',
                  autoComplete: 'tel',
                  inputMode: 'tel',
                  maxLength: 30,
                })}
              </fieldset>

              <fieldset>
                <legend>{t.consent.legend}</legend>
                {t.consent.privacy.map((line) => (
                  <p key={line} className="privacy">
                    {line}
                  </p>
                ))}
                {errors.contactConsent && (
                  <span id="f-consent-error" className="form-error">
                    {errors.contactConsent}
                  </span>
                )}
                <label className="check consent">
                  <input
                    id="f-consent"
                    type="checkbox"
                    name="contactConsent"
                    checked={consent}
                    onChange={(e) => {
                      setConsent(e.target.checked);
                      changed('contactConsent');
                    }}
                    aria-invalid={errors.contactConsent ? true : undefined}
                    aria-describedby={errors.contactConsent ? 'f-consent-error' : undefined}
                  />
                  <span>{t.consent.label}</span>
                </label>
              </fieldset>

              {/* Honeypot: hidden from people (display: none), so only programs fill it in. */}
              <div className="hp">
                <label htmlFor="f-website">{t.honeypot}</label>
                <input
                  id="f-website"
                  name="website"
                  type="text"
                  tabIndex={-1}
                  autoComplete="off"
                  value={values.website}
                  onChange={(e) => set('website')(e.target.value)}
                />
              </div>

              <button type="submit" className="button submit" disabled={busy}>
                {busy ? t.sending : t.submit}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}

function Receipt({
  t,
  reference,
  headingRef,
  onAnother,
}: {
  t: Texts;
  reference: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnother: () => void;
}) {
  return (
    <section className="receipt" aria-labelledby="done-heading">
      <h1 id="done-heading" tabIndex={-1} ref={headingRef}>
        {t.done.heading}
      </h1>
      <div className="reference-box">
        <p className="reference-label">{t.done.referenceLabel}:</p>
        <p className="reference" data-testid="reference">
          {reference}
        </p>
        <p>{t.done.referenceHint}</p>
      </div>
      <h2>{t.done.nextHeading}</h2>
      <ol className="next-steps">
        {t.done.next.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={onAnother}>
        {t.done.another}
      </button>
    </section>
  );
}
