import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client, type Schemas } from '../api';
import { formatDate, formatDateTime } from '../labels';
import type { CaseDetail } from '../types';
import { useAction } from './action';

type Consent = Schemas['ConsentView'];

/** Today in Berlin, as a date input takes it. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/**
 * The parents' consents to pass on to the provider what they entrusted to the office (§ 65
 * SGB VIII): recorded with the day they were given, withdrawn with the day of the withdrawal.
 */
export function Consents({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const standing = c.consents.find((x) => x.active);
  return (
    <section aria-labelledby="consents">
      <h2 id="consents">Einwilligungen</h2>
      <p>
        Was die Eltern dem Landesjugendamt anvertraut haben – Initialen, Geburtsjahr und Behinderung
        des Kindes, ihre Namen, ihre Schilderung und Zitate aus ihrem Vertrag –, geht nur mit ihrer
        Einwilligung an den Träger (§ 65 SGB VIII).
      </p>
      {c.consents.length === 0 ? (
        <p>Es ist keine Einwilligung erfasst.</p>
      ) : (
        <ul className="plain-list">
          {c.consents.map((consent) => (
            <ConsentItem key={consent.id} caseId={c.id} consent={consent} onChange={onChange} />
          ))}
        </ul>
      )}
      {!standing && c.pseudonymisedAt === null && (
        <RecordConsent caseId={c.id} onChange={onChange} />
      )}
    </section>
  );
}

function ConsentItem({
  caseId,
  consent,
  onChange,
}: {
  caseId: string;
  consent: Consent;
  onChange: () => void;
}) {
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawnAt, setWithdrawnAt] = useState(today());
  const action = useAction();
  const fieldId = `withdrawn-at-${consent.id}`;
  const withdraw = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await action.run(async () => {
      await call(
        client.POST('/api/v1/cases/{id}/consents/{consentId}/withdraw', {
          params: { path: { id: caseId, consentId: consent.id } },
          body: { withdrawnAt },
        }),
      );
    }, 'Der Widerruf ist erfasst.');
    if (ok) {
      setWithdrawing(false);
      onChange();
    }
  };
  return (
    <li className={consent.active ? 'case-consent' : 'case-consent withdrawn'}>
      <p>
        <strong>Weitergabe an den Träger</strong>: erteilt am {formatDate(consent.givenAt)}
        {consent.withdrawal ? (
          <>
            , <strong>widerrufen am {formatDate(consent.withdrawal.withdrawnAt)}</strong>
          </>
        ) : (
          ' – gilt'
        )}
        <span className="sub">
          Erfasst am {formatDateTime(consent.recordedAt)} von {consent.recordedBy}
          {consent.withdrawal &&
            `; Widerruf erfasst am ${formatDateTime(consent.withdrawal.recordedAt)} von ${consent.withdrawal.recordedBy}`}
        </span>
      </p>
      {consent.active && !withdrawing && (
        <Button className="button secondary" onPress={() => setWithdrawing(true)}>
          Widerruf erfassen
        </Button>
      )}
      {withdrawing && (
        <form className="form inline-form" noValidate onSubmit={(e) => void withdraw(e)}>
          <div className="field">
            <label htmlFor={fieldId}>Widerrufen am</label>
            <input
              id={fieldId}
              type="date"
              value={withdrawnAt}
              max={today()}
              min={consent.givenAt}
              onChange={(e) => setWithdrawnAt(e.target.value)}
              aria-invalid={action.fields.withdrawnAt ? true : undefined}
            />
          </div>
          <div className="actions-row">
            <Button type="submit" className="button" isDisabled={action.busy}>
              Widerruf speichern
            </Button>
            <Button className="button secondary" onPress={() => setWithdrawing(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      )}
      {action.messages}
    </li>
  );
}

function RecordConsent({ caseId, onChange }: { caseId: string; onChange: () => void }) {
  const [givenAt, setGivenAt] = useState(today());
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!givenAt) {
      action.refuse('Bitte geben Sie an, wann die Eltern eingewilligt haben.');
      return;
    }
    const ok = await action.run(async () => {
      await call(
        client.POST('/api/v1/cases/{id}/consents', {
          params: { path: { id: caseId } },
          body: { recipient: 'provider', givenAt },
        }),
      );
    }, 'Die Einwilligung ist erfasst.');
    if (ok) onChange();
  };
  return (
    <form
      className="form narrow-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="record-consent"
    >
      <h3 id="record-consent">Einwilligung in die Weitergabe an den Träger erfassen</h3>
      <div className="field">
        <label htmlFor="consent-given-at">Die Eltern haben eingewilligt am</label>
        <input
          id="consent-given-at"
          type="date"
          value={givenAt}
          max={today()}
          onChange={(e) => setGivenAt(e.target.value)}
          aria-invalid={action.fields.givenAt ? true : undefined}
        />
      </div>
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        Einwilligung erfassen
      </Button>
    </form>
  );
}
