import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { call, client, type Schemas } from '../api';
import { FindingItems, MarkedText, VERDICT_LABELS } from '../findings';
import { formatDate, formatDateTime, patternLabel, SOURCE_LABELS } from '../labels';
import { Loaded } from '../pages/MyDay';
import { useApi } from '../use-api';
import { useAction } from './action';

type Contract = Schemas['ContractView'];

/**
 * The case's care contracts: each with its verdict, its findings marked in its text, the
 * document to download; adding one (text or file), re-checking, withdrawing one uploaded by
 * mistake.
 */
export function Contracts({
  caseId,
  open,
  onChange,
}: {
  caseId: string;
  open: boolean;
  /** Something about the contracts changed: the case and its assessment are read again. */
  onChange: () => void;
}) {
  const contracts = useApi(['contracts', caseId], (signal) =>
    call(client.GET('/api/v1/cases/{id}/contracts', { params: { path: { id: caseId } }, signal })),
  );
  const changed = () => {
    contracts.reload();
    onChange();
  };
  return (
    <section aria-labelledby="contracts">
      <h2 id="contracts">Verträge und Nebenabreden</h2>
      <Loaded state={contracts}>
        {(list) =>
          list.length === 0 ? (
            <p>Zu diesem Fall liegt noch kein Vertrag vor.</p>
          ) : (
            <ul className="contracts">
              {list.map((c) => (
                <ContractItem key={c.id} c={c} open={open} onChange={changed} />
              ))}
            </ul>
          )
        }
      </Loaded>
      {open && <AddContract caseId={caseId} onAdded={changed} />}
    </section>
  );
}

function ContractItem({ c, open, onChange }: { c: Contract; open: boolean; onChange: () => void }) {
  const [details, setDetails] = useState<Contract | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const path = { id: c.caseId, contractId: c.id };
  const title = `Vertrag vom ${formatDate(c.createdAt)}`;

  const show = () =>
    void action.run(async () => {
      setDetails(
        details
          ? null
          : await call(
              client.GET('/api/v1/cases/{id}/contracts/{contractId}', { params: { path } }),
            ),
      );
    }, '');
  const recheck = () =>
    void action.run(async () => {
      await call(
        client.POST('/api/v1/cases/{id}/contracts/{contractId}/recheck', { params: { path } }),
      );
      setDetails(null);
      onChange();
    }, 'Der Vertrag wurde mit den geltenden Regeln erneut geprüft.');
  const withdraw = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      action.refuse('Bitte geben Sie an, warum der Vertrag zurückgezogen wird.');
      return;
    }
    const ok = await action.run(async () => {
      await call(
        client.POST('/api/v1/cases/{id}/contracts/{contractId}/withdraw', {
          params: { path },
          body: { reason },
        }),
      );
    }, 'Der Vertrag wurde zurückgezogen.');
    if (ok) {
      setWithdrawing(false);
      onChange();
    }
  };

  return (
    <li className={c.withdrawn ? 'contract withdrawn' : 'contract'}>
      <h3>
        {title}
        {c.fileName ? `: ${c.fileName}` : ''}
      </h3>
      <p>
        {SOURCE_LABELS[c.source] ?? c.source}, geprüft am {formatDateTime(c.checkedAt)}:{' '}
        <strong>{VERDICT_LABELS[c.verdict]}</strong>
        {c.patterns.length > 0 && ` (${c.patterns.map(patternLabel).join('; ')})`}
        {c.outdated && !c.withdrawn && ' · Die Regeln haben sich seitdem geändert.'}
      </p>
      {c.withdrawn && (
        <p className="withdrawal">
          Zurückgezogen am {formatDateTime(c.withdrawn.at)} von {c.withdrawn.by}; er zählt nicht zu
          den Befunden des Falls.
          {c.withdrawn.reason && <span className="sub">Grund: {c.withdrawn.reason}</span>}
        </p>
      )}
      <div className="actions-row">
        <Button className="button secondary" onPress={show} aria-expanded={details !== null}>
          {details ? 'Text und Befunde ausblenden' : 'Text und Befunde anzeigen'}
        </Button>
        <a
          className="button secondary"
          href={`/api/v1/cases/${c.caseId}/contracts/${c.id}/document`}
          download
        >
          Dokument herunterladen<span className="visually-hidden"> ({title})</span>
        </a>
        {open && !c.withdrawn && c.outdated && (
          <Button className="button secondary" onPress={recheck} isDisabled={action.busy}>
            Erneut prüfen
          </Button>
        )}
        {open && !c.withdrawn && !withdrawing && (
          <Button className="button secondary" onPress={() => setWithdrawing(true)}>
            Zurückziehen<span className="visually-hidden"> ({title})</span>
          </Button>
        )}
      </div>
      {withdrawing && (
        <form className="form inline-form" noValidate onSubmit={(e) => void withdraw(e)}>
          <div className="field">
            <label htmlFor={`withdraw-${c.id}`}>
              Warum wird der Vertrag zurückgezogen? (Pflichtfeld)
            </label>
            <textarea
              id={`withdraw-${c.id}`}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <span className="sub">
              Er bleibt gespeichert, zählt aber nicht mehr zu den Befunden des Falls.
            </span>
          </div>
          <div className="actions-row">
            <Button type="submit" className="button" isDisabled={action.busy}>
              Vertrag zurückziehen
            </Button>
            <Button className="button secondary" onPress={() => setWithdrawing(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      )}
      {action.messages}
      {details && (
        <div className="findings">
          <MarkedText text={details.text ?? ''} findings={details.findings} />
          {details.findings.length > 0 ? (
            <FindingItems findings={details.findings} />
          ) : (
            <p>Die Regeln finden in diesem Text keine unzulässige Nebenabrede.</p>
          )}
        </div>
      )}
    </li>
  );
}

/** A contract for the case: pasted text, or a PDF, DOCX or TXT file. */
function AddContract({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() && !file) {
      action.refuse('Bitte fügen Sie den Vertragstext ein oder wählen Sie eine Datei.');
      return;
    }
    const ok = await action.run(async () => {
      const params = { path: { id: caseId } };
      if (file) {
        const form = new FormData();
        form.append('file', file);
        await call(
          client.POST('/api/v1/cases/{id}/contracts', {
            params,
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        );
      } else {
        await call(client.POST('/api/v1/cases/{id}/contracts', { params, body: { text } }));
      }
    }, 'Der Vertrag wurde gespeichert und geprüft.');
    if (ok) {
      setText('');
      setFile(null);
      setInputKey((k) => k + 1);
      onAdded();
    }
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="add-contract"
    >
      <h3 id="add-contract">Vertrag hinzufügen</h3>
      <div className="field">
        <label htmlFor="contract-text">Vertragstext oder Nebenabrede einfügen</label>
        <textarea
          id="contract-text"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={file !== null}
        />
      </div>
      <div className="field">
        <label htmlFor="contract-file">
          oder Datei hochladen (PDF, DOCX oder TXT, höchstens 10 MB)
        </label>
        <input
          key={inputKey}
          id="contract-file"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      {action.messages}
      <Button type="submit" className="button" isDisabled={action.busy}>
        {action.busy ? 'Wird geprüft …' : 'Vertrag speichern und prüfen'}
      </Button>
    </form>
  );
}
