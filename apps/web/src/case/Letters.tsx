import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client, type Schemas } from '../api';
import { VERDICT_LABELS } from '../findings';
import {
  formatDate,
  formatDateTime,
  LETTER_DELIVERY_LABELS,
  LETTER_RECIPIENT_LABELS,
  LETTER_TEMPLATE_LABELS,
} from '../labels';
import { Loaded } from '../pages/MyDay';
import { useApi } from '../use-api';
import { useAction } from './action';

type Letter = Schemas['LetterView'];
type Template = Schemas['LetterTemplate'];
type Delivery = Schemas['LetterDelivery'];

/** The templates in the order a caseworker needs them, with whom each goes to. */
const TEMPLATES: { value: Template; label: string }[] = [
  { value: 'advisory', label: 'Beratungsschreiben (an den Träger)' },
  { value: 'statement_request', label: 'Bitte um Stellungnahme nach Kündigung (an den Träger)' },
  { value: 'reminder', label: 'Erinnerung (an den Träger)' },
  { value: 'requirement', label: 'Mitteilung einer Auflage (an den Träger)' },
  { value: 'acknowledgement', label: 'Eingangsbestätigung (an die Erziehungsberechtigten)' },
];
const REMINDABLE: Template[] = ['advisory', 'statement_request', 'requirement'];
/** Provider letters that can show the entrusted facts (a reminder never does). */
const WITH_FACTS: Template[] = ['advisory', 'statement_request', 'requirement'];

const label = (l: Letter) => LETTER_TEMPLATE_LABELS[l.template] ?? l.title;

/**
 * The case's letters ("Schreiben"): drafts with their preview and the consent check in words,
 * sending by e-mail or post, the sent PDF, and the provider's answer.
 */
export function Letters({
  caseId,
  version,
  hasConsent,
  writable,
  onChange,
}: {
  caseId: string;
  /** Changes when the case changed (a consent): the consent check is read again. */
  version: number;
  hasConsent: boolean;
  writable: boolean;
  onChange: () => void;
}) {
  const letters = useApi(['letters', caseId], (signal) =>
    call(client.GET('/api/v1/cases/{id}/letters', { params: { path: { id: caseId } }, signal })),
  );
  // The case changed (a consent given or withdrawn): the consent check is read again, while
  // what is shown stays (a form being filled in stays too).
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    letters.reload();
  });
  // A letter on its way by e-mail: ask again until the mail server has it.
  const waiting = letters.data?.some(
    (l) => l.status === 'queued' && l.sending?.status !== 'failed',
  );
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => letters.reload(), 3000);
    return () => clearTimeout(timer);
  });
  const changed = () => {
    letters.reload();
    onChange();
  };
  // A letter that went out (or failed) meanwhile: the case's timeline has news too.
  const states = letters.data?.map((l) => `${l.id}:${l.status}:${l.sending?.status}`).join();
  const shown = useRef(states);
  useEffect(() => {
    if (states === undefined || shown.current === states) return;
    const before = shown.current;
    shown.current = states;
    if (before !== undefined) onChange();
  });
  return (
    <section aria-labelledby="letters">
      <h2 id="letters">Schreiben</h2>
      <Loaded state={letters}>
        {(list) => (
          <>
            {list.length === 0 ? (
              <p>Zu diesem Fall gibt es noch kein Schreiben.</p>
            ) : (
              <ul className="plain-list letters">
                {[...list].reverse().map((l) => (
                  <LetterItem key={l.id} l={l} writable={writable} onChange={changed} />
                ))}
              </ul>
            )}
            {writable && (
              <NewLetter
                caseId={caseId}
                hasConsent={hasConsent}
                sent={list.filter((l) => l.status === 'sent' && REMINDABLE.includes(l.template))}
                onCreated={changed}
              />
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function statusLine(l: Letter): string {
  switch (l.status) {
    case 'draft':
      return 'Entwurf';
    case 'queued':
      return l.sending?.status === 'failed'
        ? 'Der Versand per E-Mail ist fehlgeschlagen.'
        : 'Wird per E-Mail versandt …';
    case 'sent':
      return `Versandt ${LETTER_DELIVERY_LABELS[l.delivery]} am ${formatDateTime(l.sentAt!)}${
        l.sentTo ? ` an ${l.sentTo}` : ''
      }`;
    case 'discarded':
      return 'Verworfen';
  }
}

function LetterItem({
  l,
  writable,
  onChange,
}: {
  l: Letter;
  writable: boolean;
  onChange: () => void;
}) {
  const action = useAction();
  const name = `${label(l)} vom ${formatDate(l.letterDate ?? l.createdAt)}`;
  const path = { id: l.id };
  const send = () =>
    void action.run(
      async () => {
        await call(client.POST('/api/v1/letters/{id}/send', { params: { path } }));
        onChange();
      },
      l.delivery === 'email'
        ? 'Das Schreiben ist zum Versand per E-Mail gegeben.'
        : 'Das Schreiben ist als per Post versandt erfasst. Drucken Sie es jetzt aus.',
    );
  const discard = () =>
    void action.run(async () => {
      await call(client.POST('/api/v1/letters/{id}/discard', { params: { path } }));
      onChange();
    }, 'Der Entwurf wurde verworfen.');
  // Shown at once; the letter as the API then has it follows.
  const [facts, setFacts] = useState(l.includeFacts);
  useEffect(() => setFacts(l.includeFacts), [l.includeFacts]);
  const includeFacts = async (value: boolean) => {
    setFacts(value);
    const ok = await action.run(
      async () => {
        await call(
          client.PATCH('/api/v1/letters/{id}', { params: { path }, body: { includeFacts: value } }),
        );
        onChange();
      },
      value
        ? 'Das Schreiben enthält jetzt die anvertrauten Angaben.'
        : 'Das Schreiben enthält jetzt keine anvertrauten Angaben.',
    );
    if (!ok) setFacts(!value);
  };
  const draft = l.status === 'draft';
  const failed = l.status === 'queued' && l.sending?.status === 'failed';
  const factsId = `facts-${l.id}`;
  return (
    <li className={`letter ${l.status}`}>
      <h3>
        {name}
        <span className="sub">
          {LETTER_RECIPIENT_LABELS[l.recipient]}, {LETTER_DELIVERY_LABELS[l.delivery]}
        </span>
      </h3>
      <p>
        <strong>{statusLine(l)}</strong>
        {l.answerDue && ` · Antwort erbeten bis ${formatDate(l.answerDue)}`}
      </p>
      {failed && l.sending?.lastError && <p className="form-error">{l.sending.lastError}</p>}
      {l.status !== 'discarded' && (
        <p className={l.disclosure.blocked ? 'alert-box' : 'check-result'}>
          <strong>Weitergabe anvertrauter Angaben (§ 65 SGB VIII):</strong> {l.disclosure.message}
        </p>
      )}
      {draft && writable && l.recipient === 'provider' && WITH_FACTS.includes(l.template) && (
        <div className="check">
          <input
            id={factsId}
            type="checkbox"
            checked={facts}
            disabled={action.busy}
            onChange={(e) => void includeFacts(e.target.checked)}
          />{' '}
          <label htmlFor={factsId}>
            Anvertraute Angaben aufnehmen (nur mit Einwilligung der Eltern)
          </label>
        </div>
      )}
      {l.answer && (
        <div className="answer">
          <p>
            <strong>Antwort des Trägers am {formatDateTime(l.answer.receivedAt)}</strong>
            {l.answer.verdict &&
              `: überarbeiteter Vertrag – ${VERDICT_LABELS[l.answer.verdict] ?? l.answer.verdict} (siehe Verträge und Nebenabreden)`}
          </p>
          {l.answer.text && <p className="timeline-text">{l.answer.text}</p>}
        </div>
      )}
      {l.answerLink && !l.answer && (
        <p className="sub">
          {l.answerLink.usedAt
            ? `Über den Antwort-Link beantwortet am ${formatDateTime(l.answerLink.usedAt)}.`
            : `Der Antwort-Link des Trägers gilt bis ${formatDate(l.answerLink.expiresAt)}.`}
        </p>
      )}
      <div className="actions-row">
        {l.status !== 'discarded' && (
          <a
            className="button secondary"
            href={`/api/v1/letters/${l.id}/pdf`}
            target="_blank"
            rel="noopener"
            {...(draft ? {} : { download: `${label(l)}.pdf` })}
          >
            {draft ? 'Vorschau (PDF)' : 'PDF herunterladen'}
            <span className="visually-hidden">
              {' '}
              ({name}
              {draft ? ', öffnet in neuem Fenster' : ''})
            </span>
          </a>
        )}
        {writable && (draft || failed) && (
          <Button className="button" onPress={send} isDisabled={action.busy}>
            {failed
              ? 'Erneut senden'
              : l.delivery === 'email'
                ? 'Per E-Mail senden'
                : 'Als per Post versandt erfassen'}
            <span className="visually-hidden"> ({name})</span>
          </Button>
        )}
        {writable && draft && (
          <Button className="button secondary" onPress={discard} isDisabled={action.busy}>
            Entwurf verwerfen<span className="visually-hidden"> ({name})</span>
          </Button>
        )}
      </div>
      {action.messages}
    </li>
  );
}

/** A new draft: which letter, how it goes, with or without the entrusted facts. */
function NewLetter({
  caseId,
  hasConsent,
  sent,
  onCreated,
}: {
  caseId: string;
  hasConsent: boolean;
  sent: Letter[];
  onCreated: () => void;
}) {
  const [template, setTemplate] = useState<Template | ''>('');
  const [delivery, setDelivery] = useState<Delivery>('email');
  const [regarding, setRegarding] = useState('');
  const [facts, setFacts] = useState(hasConsent);
  const action = useAction();
  useEffect(() => setFacts(hasConsent), [hasConsent]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) {
      action.refuse('Bitte wählen Sie eine Vorlage.');
      return;
    }
    if (template === 'reminder' && !regarding) {
      action.refuse('Bitte wählen Sie das Schreiben, an das erinnert wird.');
      return;
    }
    const ok = await action.run(async () => {
      await call(
        client.POST('/api/v1/cases/{id}/letters', {
          params: { path: { id: caseId } },
          body: {
            template,
            delivery,
            ...(WITH_FACTS.includes(template) ? { includeFacts: facts } : {}),
            ...(template === 'reminder' ? { regardingLetterId: regarding } : {}),
          },
        }),
      );
    }, 'Der Entwurf ist erstellt. Prüfen Sie die Vorschau, bevor Sie ihn senden.');
    if (ok) {
      setTemplate('');
      setRegarding('');
      onCreated();
    }
  };
  return (
    <form
      className="form narrow-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="new-letter"
    >
      <h3 id="new-letter">Neues Schreiben</h3>
      <div className="field">
        <label htmlFor="letter-template">Vorlage</label>
        <select
          id="letter-template"
          value={template}
          onChange={(e) => setTemplate(e.target.value as Template)}
          aria-invalid={action.fields.template ? true : undefined}
        >
          <option value="">Bitte wählen</option>
          {TEMPLATES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {template === 'reminder' && (
        <div className="field">
          <label htmlFor="letter-regarding">Erinnerung an</label>
          {sent.length === 0 ? (
            <p id="letter-regarding">
              Es gibt noch kein versandtes Schreiben, an das erinnert werden kann.
            </p>
          ) : (
            <select
              id="letter-regarding"
              value={regarding}
              onChange={(e) => setRegarding(e.target.value)}
              aria-invalid={action.fields.regardingLetterId ? true : undefined}
            >
              <option value="">Bitte wählen</option>
              {sent.map((l) => (
                <option key={l.id} value={l.id}>
                  {label(l)} vom {formatDate(l.letterDate ?? l.createdAt)}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <fieldset>
        <legend>Versand</legend>
        {(['email', 'post'] as const).map((d) => (
          <div className="check" key={d}>
            <input
              id={`letter-delivery-${d}`}
              type="radio"
              name="letter-delivery"
              value={d}
              checked={delivery === d}
              onChange={() => setDelivery(d)}
            />{' '}
            <label htmlFor={`letter-delivery-${d}`}>
              {d === 'email' ? 'Per E-Mail (mit dem Schreiben als PDF)' : 'Per Post (ausdrucken)'}
            </label>
          </div>
        ))}
        {action.fields.delivery && <p className="form-error">{action.fields.delivery}</p>}
      </fieldset>
      {template !== '' && WITH_FACTS.includes(template) && (
        <div className="check">
          <input
            id="letter-facts"
            type="checkbox"
            checked={facts}
            onChange={(e) => setFacts(e.target.checked)}
            aria-describedby="letter-facts-hint"
          />{' '}
          <label htmlFor="letter-facts">Anvertraute Angaben aufnehmen</label>
          <span id="letter-facts-hint" className="sub">
            {hasConsent
              ? 'Die Eltern haben in die Weitergabe an den Träger eingewilligt.'
              : 'Es liegt keine Einwilligung der Eltern vor: Ohne sie kann ein Schreiben mit diesen Angaben nicht versandt werden.'}
          </span>
        </div>
      )}
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        Entwurf erstellen
      </Button>
    </form>
  );
}
