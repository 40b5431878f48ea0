import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { ApiError, call, client } from '../../api';
import { formatDate } from '../../labels';
import { usePageTitle } from '../../page-title';
import { useApi } from '../../use-api';
import { Loaded } from '../MyDay';

const PATH = '/api/v1/reports/reference-populations';
const number = new Intl.NumberFormat('de-DE');

/**
 * Children per district (from the statistics office), which reports divide by for "Fälle je
 * 10.000 Kinder": loaded as CSV, corrected by loading again, a year removed when loaded by mistake.
 */
export function ReferencePopulations() {
  usePageTitle('Kinderzahlen je Bezirk');
  const list = useApi(['reference-populations'], (signal) => call(client.GET(PATH, { signal })));
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage('');
    if (!file) {
      setError(new ApiError(400, 'required', 'Bitte wählen Sie eine CSV-Datei.'));
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await call(
        client.POST(PATH, {
          body: bytes as never,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'content-type': 'text/csv' },
        }),
      );
      setMessage(
        `${result.imported} ${result.imported === 1 ? 'Kinderzahl' : 'Kinderzahlen'} geladen.`,
      );
      list.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };

  const remove = async (year: number) => {
    setError(null);
    setMessage('');
    try {
      await call(client.DELETE(`${PATH}/{year}`, { params: { path: { year } } }));
      setMessage(`Die Kinderzahlen für ${year} sind entfernt.`);
      list.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };

  return (
    <>
      <h1>Kinderzahlen je Bezirk</h1>
      <p>
        Mit den Kinderzahlen der Jugendamtsbezirke zeigen die Berichte auch „Fälle je 10.000
        Kinder“. Ein Bericht nimmt für jeden Bezirk die neueste Zahl bis zum Ende seines Zeitraums.
      </p>
      <section className="panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Kinderzahlen aus CSV laden</h2>
        <p className="sub">
          Semikolon, Spalten Bezirk;Jahr;Kinder, der Bezirk mit Namen oder Kürzel, Zahlen wie
          12.345. Eine schon geladene Zahl desselben Bezirks und Jahres wird ersetzt. Hat eine Zeile
          einen Fehler, wird nichts geladen.
        </p>
        <form className="form" onSubmit={(e) => void upload(e)} aria-label="Kinderzahlen laden">
          <div className="field">
            <label htmlFor="reference-file">CSV-Datei</label>
            <input
              id="reference-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          {error && (
            <div role="alert" className="form-error">
              <p>{error.message}</p>
              {error.fields.length > 0 && (
                <ul className="field-errors">
                  {error.fields.map((f, i) => (
                    <li key={`${f.field}-${i}`}>{f.message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <p className="form-message" role="status">
            {message}
          </p>
          <Button type="submit" className="button">
            Laden
          </Button>
        </form>
      </section>
      <Loaded state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>Noch keine Kinderzahlen geladen: Die Berichte zeigen nur Fallzahlen.</p>
          ) : (
            <div className="table-wrap">
              <table className="labelled">
                <caption>Geladene Kinderzahlen</caption>
                <thead>
                  <tr>
                    <th scope="col">Jahr</th>
                    <th scope="col">Jugendamtsbezirk</th>
                    <th scope="col">Kinder</th>
                    <th scope="col">geladen am</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((r) => (
                    <tr key={`${r.year}-${r.district}`}>
                      <td data-label="Jahr">{r.year}</td>
                      <th scope="row" data-label="Jugendamtsbezirk">
                        {r.districtName}
                      </th>
                      <td data-label="Kinder">{number.format(r.children)}</td>
                      <td data-label="geladen am">{formatDate(r.importedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="export">
                {[...new Set(data.items.map((r) => r.year))].map((year) => (
                  <Button
                    key={year}
                    className="button secondary"
                    onPress={() => {
                      if (window.confirm(`Alle Kinderzahlen für ${year} entfernen?`)) {
                        void remove(year);
                      }
                    }}
                  >
                    {`Kinderzahlen ${year} entfernen`}
                  </Button>
                ))}
              </p>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
