import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, call, client, type Schemas } from '../api';
import './public.css';

type Request = Schemas['ProviderRequestView'];
type Receipt = Schemas['ProviderAnswerReceipt'];

const SITE = 'Landesjugendamt – Antwort auf ein Schreiben';
const MAX_TEXT = 20_000;
const MAX_FILE = 10 * 1024 * 1024;

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});
const formatDate = (value: string) =>
  dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));

/**
 * The provider's answer page at /antwort/<token>: no account. It shows what the office asks
 * (nothing about the family beyond what the letter said) and takes one answer: a text and/or
 * the revised contract, which the office's rules check at once.
 */
export function AnswerPage() {
  const { token = '' } = useParams();
  const [request, setRequest] = useState<Request | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ text?: string; file?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    call(
      client.GET('/api/v1/public/answers/{token}', {
        params: { path: { token } },
        signal: abort.signal,
      }),
    ).then(setRequest, (e: unknown) => {
      if (abort.signal.aborted) return;
      setRefusal(
        e instanceof ApiError && e.status !== 0
          ? e.message
          : 'Die Seite konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
      );
    });
    return () => abort.abort();
  }, [token]);

  useEffect(() => {
    document.title = `${
      receipt
        ? 'Antwort eingegangen'
        : refusal
          ? 'Link nicht gültig'
          : 'Antwort auf unser Schreiben'
    } – Landesjugendamt`;
    if (receipt || refusal) headingRef.current?.focus();
  }, [receipt, refusal]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !request) return;
    const found: typeof errors = {};
    if (!text.trim() && !file) {
      found.text = request.acceptsContract
        ? 'Bitte schreiben Sie eine Antwort oder wählen Sie den überarbeiteten Vertrag aus.'
        : 'Bitte schreiben Sie eine Antwort.';
    }
    if (text.length > MAX_TEXT)
      found.text = `Bitte fassen Sie sich kürzer (höchstens ${MAX_TEXT.toLocaleString('de-DE')} Zeichen).`;
    if (file && file.size > MAX_FILE) found.file = 'Die Datei ist größer als 10 MB.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => errorRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const params = { path: { token } };
      let answer: Receipt;
      if (file) {
        const form = new FormData();
        if (text.trim()) form.append('text', text);
        form.append('file', file);
        answer = await call(
          client.POST('/api/v1/public/answers/{token}', {
            params,
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        );
      } else {
        answer = await call(
          client.POST('/api/v1/public/answers/{token}', { params, body: { text } }),
        );
      }
      setReceipt(answer);
      window.scrollTo(0, 0);
    } catch (e) {
      if (e instanceof ApiError && e.status === 410) setRefusal(e.message);
      else if (e instanceof ApiError) {
        const field = e.fields[0];
        setErrors(
          field && (field.field === 'text' || field.field === 'file')
            ? { [field.field]: field.message }
            : {
                form:
                  e.status === 0
                    ? 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.'
                    : e.message,
              },
        );
        setTimeout(() => errorRef.current?.focus());
      } else {
        setErrors({ form: 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.' });
      }
    } finally {
      setBusy(false);
    }
  };

  const messages = [errors.text, errors.file, errors.form].filter(Boolean);
  return (
    <div className="public">
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="public-header">
        <p className="public-site">{request?.office ?? SITE}</p>
      </header>
      <main id="inhalt" tabIndex={-1} className="public-main">
        {refusal ? (
          <>
            <h1 tabIndex={-1} ref={headingRef}>
              Dieser Link kann nicht verwendet werden
            </h1>
            <p role="alert">{refusal}</p>
          </>
        ) : receipt ? (
          <div className="receipt">
            <h1 tabIndex={-1} ref={headingRef}>
              Ihre Antwort ist eingegangen
            </h1>
            <div className="reference-box">
              <p className="reference-label">Aktenzeichen</p>
              <p className="reference">{receipt.reference}</p>
              <p>Eingegangen am {formatDate(receipt.receivedAt)}</p>
            </div>
            <p>{receipt.message}</p>
          </div>
        ) : !request ? (
          <p aria-live="polite">Wird geladen …</p>
        ) : (
          <>
            <h1>Antwort auf unser Schreiben</h1>
            <p className="lead">
              {request.title} vom {formatDate(request.letterDate)}
            </p>
            <dl className="request-facts">
              <dt>Aktenzeichen</dt>
              <dd>{request.reference}</dd>
              <dt>Einrichtung</dt>
              <dd>
                {request.facility} ({request.provider})
              </dd>
              {request.answerDue && (
                <>
                  <dt>Antwort erbeten bis</dt>
                  <dd>{formatDate(request.answerDue)}</dd>
                </>
              )}
              <dt>Ansprechperson</dt>
              <dd>
                {request.contact}, Telefon {request.officePhone}
              </dd>
            </dl>
            <h2>Worum wir Sie bitten</h2>
            <ul className="next-steps">
              {request.asks.map((ask) => (
                <li key={ask}>{ask}</li>
              ))}
            </ul>
            {request.findings.length > 0 && (
              <>
                <h2>Was wir in den vertraglichen Regelungen festgestellt haben</h2>
                <ul className="next-steps">
                  {request.findings.map((f, i) => (
                    <li key={i}>
                      <strong>{f.label}</strong> ({f.verdict}; {f.norms.join(', ')}):{' '}
                      {f.explanation}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2>Ihre Antwort</h2>
            <p className="hint">
              Sie können einmal antworten; dieser Link gilt bis zum {formatDate(request.expiresAt)}.
              {request.acceptsContract
                ? ' Schreiben Sie uns, und/oder laden Sie den überarbeiteten Betreuungsvertrag mit allen Nebenabreden hoch. Wir prüfen ihn sofort.'
                : ' Unterlagen senden Sie uns bitte per Post oder E-Mail mit dem Aktenzeichen.'}
            </p>
            <form
              className="form public-form answer-form"
              noValidate
              onSubmit={(e) => void submit(e)}
            >
              <div role="alert" className="error-summary" tabIndex={-1} ref={errorRef}>
                {messages.length > 0 && (
                  <>
                    <p className="error-summary-title">Bitte prüfen Sie Ihre Antwort:</p>
                    <ul>
                      {messages.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
              <div className="field">
                <label htmlFor="a-text">
                  Ihre Antwort{request.acceptsContract ? '' : ' (Pflichtfeld)'}
                </label>
                {errors.text && (
                  <span id="a-text-error" className="form-error">
                    {errors.text}
                  </span>
                )}
                <textarea
                  id="a-text"
                  rows={8}
                  value={text}
                  onChange={(e) => {
                    setText(e.target.value);
                    setErrors(({ text: _gone, ...rest }) => rest);
                  }}
                  aria-invalid={errors.text ? true : undefined}
                  aria-describedby={errors.text ? 'a-text-error' : undefined}
                />
              </div>
              {request.acceptsContract && (
                <div className="field">
                  <label htmlFor="a-file">
                    Überarbeiteter Vertrag (PDF, DOCX oder TXT, höchstens 10 MB)
                  </label>
                  {errors.file && (
                    <span id="a-file-error" className="form-error">
                      {errors.file}
                    </span>
                  )}
                  <input
                    id="a-file"
                    type="file"
                    accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setErrors(({ file: _gone, text: _text, ...rest }) => rest);
                    }}
                    aria-invalid={errors.file ? true : undefined}
                    aria-describedby={errors.file ? 'a-file-error' : undefined}
                  />
                </div>
              )}
              <button type="submit" className="button submit" disabled={busy}>
                {busy ? 'Wird gesendet …' : 'Antwort senden'}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
