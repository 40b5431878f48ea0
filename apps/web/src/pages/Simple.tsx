import { Link } from 'react-router';
import { usePageTitle } from '../page-title';

export function Administration() {
  usePageTitle('Verwaltung');
  return (
    <>
      <h1>Verwaltung</h1>
      <ul>
        <li>
          <Link to="/verwaltung/benutzerkonten">Benutzerkonten</Link>: anlegen, Rolle und Bezirke
          ändern, sperren und entsperren, Einmalpasswörter vergeben
        </li>
        <li>
          <Link to="/verwaltung/protokoll">Protokoll</Link>: wer wann was an welchem Datensatz getan
          hat, gefiltert und als CSV
        </li>
        <li>
          <a href="/admin/queues">Hintergrundaufträge (Warteschlangen)</a>
        </li>
        <li>
          <a href="/api/docs">Schnittstellenbeschreibung (OpenAPI)</a>
        </li>
      </ul>
      <p>Fallakten sind für die Administration nicht einsehbar.</p>
    </>
  );
}

export function NotFound() {
  usePageTitle('Seite nicht gefunden');
  return (
    <>
      <h1>Seite nicht gefunden</h1>
      <p>
        Diese Adresse gibt es nicht. <Link to="/">Zur Startseite</Link>
      </p>
    </>
  );
}
