import { Link } from 'react-router';
import { EXCLUSION_PATTERN_LABELS, formatDate, STATUS_LABELS } from './labels';
import type { CaseSummary } from './types';

/** Cases as a table: Aktenzeichen (link to the case), received, facility, district, status. */
export function CaseTable({ cases, caption }: { cases: CaseSummary[]; caption: string }) {
  if (cases.length === 0) return <p className="empty">Keine Fälle gefunden.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aktenzeichen</th>
            <th scope="col">Eingang</th>
            <th scope="col">Einrichtung</th>
            <th scope="col">Bezirk</th>
            <th scope="col">Muster</th>
            <th scope="col">Status, zuständig</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/faelle/${c.id}`}>{c.reference}</Link>
              </td>
              <td>{formatDate(c.receivedAt)}</td>
              <td>
                <Link to={`/einrichtungen/${c.facility.id}`}>{c.facility.name}</Link>
                <span className="sub">
                  <Link to={`/traeger/${c.provider.id}`}>{c.provider.name}</Link>
                </span>
              </td>
              <td>{c.district.name}</td>
              <td>{c.patterns.map((p) => EXCLUSION_PATTERN_LABELS[p] ?? p).join('; ')}</td>
              <td>
                {STATUS_LABELS[c.status] ?? c.status}
                <span className="sub">
                  {c.assignee ? c.assignee.name : 'noch niemand zuständig'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
