import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { call, client } from '../api';
import { Assessment } from '../case/Assessment';
import { Assignment } from '../case/Assignment';
import { Consents } from '../case/Consents';
import { Contracts } from '../case/Contracts';
import { Corrections } from '../case/Corrections';
import { Letters } from '../case/Letters';
import { CasePoolModel } from '../case/PoolModel';
import { AddNote } from '../case/Notes';
import { Reopen, StatusChange } from '../case/Status';
import { Timeline } from '../case/Timeline';
import { CaseFollowUps } from '../FollowUps';
import {
  ASSISTANCE_KIND_LABELS,
  CHANNEL_LABELS,
  FACILITY_KIND_LABELS,
  formatDate,
  patternLabel,
  STATUS_LABELS,
} from '../labels';
import { usePageTitle } from '../page-title';
import type { CaseDetail } from '../types';
import { useApi } from '../use-api';
import { Loaded } from './MyDay';

export function CaseFile() {
  const { id = '' } = useParams();
  const loaded = useApi(['case', id], (signal) =>
    call(client.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })),
  );
  // After a change, its answer is the case as it now stands; `version` counts changes, so
  // that what depends on the case (its assessment) is read again.
  const [changed, setChanged] = useState<CaseDetail | null>(null);
  const [version, setVersion] = useState(0);
  const data = changed?.id === id ? changed : loaded.data;
  usePageTitle(data ? `Fall ${data.reference}` : 'Fall');
  return (
    <Loaded state={{ ...loaded, data }}>
      {(c) => (
        <CaseView
          c={c}
          version={version}
          onChange={(next) => {
            setChanged(next);
            setVersion((v) => v + 1);
          }}
          onReload={() => {
            setChanged(null);
            setVersion((v) => v + 1);
            loaded.reload();
          }}
          onRefresh={() => {
            setChanged(null);
            loaded.reload();
          }}
        />
      )}
    </Loaded>
  );
}

function CaseView({
  c,
  version,
  onChange,
  onReload,
  onRefresh,
}: {
  c: CaseDetail;
  version: number;
  onChange: (c: CaseDetail) => void;
  /** Something changed that the case's parts depend on: read the case and them again. */
  onReload: () => void;
  /** Read the case again (its timeline), leaving its parts as they are. */
  onRefresh: () => void;
}) {
  const open = c.allowedTransitions.length > 0;
  const erased = c.pseudonymisedAt !== null;
  // What the intake form could not finish (a contract it could not store).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  // A status change can close the case and with it the form that changed it: the page says it.
  const shownStatus = useRef(c.status);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (shownStatus.current === c.status) return;
    shownStatus.current = c.status;
    setAnnouncement(`Der Fall ist jetzt im Status „${STATUS_LABELS[c.status] ?? c.status}“.`);
  }, [c.status]);
  const { child, guardian } = c;
  return (
    <>
      <h1>Fall {c.reference}</h1>
      {notice && (
        <p role="alert" className="alert-box">
          {notice}
        </p>
      )}
      <div role="status" className="form-message">
        {announcement}
      </div>
      <div className="case-head">
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            {STATUS_LABELS[c.status] ?? c.status}
            {c.escalatedAt && (
              <span className="badge">
                an die Teamleitung eskaliert am {formatDate(c.escalatedAt)}
              </span>
            )}
          </dd>
          <dt>Eingang</dt>
          <dd>
            {formatDate(c.receivedAt)} ({CHANNEL_LABELS[c.channel] ?? c.channel})
          </dd>
          <dt>Einrichtung</dt>
          <dd>
            <Link to={`/einrichtungen/${c.facility.id}`}>{c.facility.name}</Link> (
            {FACILITY_KIND_LABELS[c.facility.kind] ?? c.facility.kind}), {c.district.name}
            <RepeatNote facilityId={c.facility.id} />
          </dd>
          <dt>Träger</dt>
          <dd>
            <Link to={`/traeger/${c.provider.id}`}>{c.provider.name}</Link>
          </dd>
          <dt>Gemeldete Muster</dt>
          <dd>{c.patterns.length === 0 ? 'keine' : c.patterns.map(patternLabel).join('; ')}</dd>
          <dt>Kind</dt>
          <dd>
            {child.initials ?? '(gelöscht)'}, geboren {child.birthYear}
            {child.disability ? `; ${child.disability}` : ''}
            {child.assistance &&
              `; ${ASSISTANCE_KIND_LABELS[child.assistance.kind] ?? child.assistance.kind}, ${child.assistance.hoursPerWeek.toLocaleString('de-DE')} Stunden pro Woche`}
          </dd>
          <dt>Erziehungsberechtigte</dt>
          <dd>
            {guardian.name ?? '(gelöscht)'}
            {guardian.email ? `, ${guardian.email}` : ''}
            {guardian.phone ? `, ${guardian.phone}` : ''}
          </dd>
          <dt>Umstände</dt>
          <dd>
            {c.facts.contractTerminated ? 'Vertrag gekündigt' : 'Vertrag nicht gekündigt'};{' '}
            {c.facts.consentToInvolveOthers
              ? 'Eltern willigen ein, andere einzubeziehen'
              : 'keine Einwilligung, andere einzubeziehen'}
          </dd>
        </dl>
        <Assignment c={c} onChange={onChange} />
      </div>
      <h2>Sachverhalt</h2>
      <p className="description">{c.description || '(gelöscht)'}</p>
      <Assessment caseId={c.id} version={version} />
      <CasePoolModel caseId={c.id} />
      {!erased && <Contracts caseId={c.id} open={open} onChange={onReload} />}
      <Consents c={c} onChange={onReload} />
      {!erased && (
        <Letters
          caseId={c.id}
          version={version}
          hasConsent={c.consents.some((x) => x.active)}
          writable={!erased}
          onChange={onReload}
        />
      )}
      <CaseFollowUps caseId={c.id} version={version} onChange={onRefresh} />
      <section aria-labelledby="work">
        <h2 id="work">Bearbeiten</h2>
        {erased ? (
          <p>
            Die personenbezogenen Daten dieses Falls sind nach Ablauf der Aufbewahrungsfrist
            gelöscht; er kann nicht mehr bearbeitet werden.
          </p>
        ) : (
          <div className="work">
            <AddNote c={c} onChange={onChange} />
            {open ? (
              <StatusChange c={c} onChange={onChange} />
            ) : (
              <Reopen c={c} onChange={onChange} />
            )}
            {open && <Corrections c={c} onChange={onChange} />}
          </div>
        )}
      </section>
      <h2>Verlauf</h2>
      <Timeline entries={c.timeline} />
    </>
  );
}

/** Whether the facility has had other complaints lately: repeats stand out. */
function RepeatNote({ facilityId }: { facilityId: string }) {
  const counts = useApi(['facility-counts', facilityId], (signal) =>
    call(
      client.GET('/api/v1/cases/facility-counts', { params: { query: { facilityId } }, signal }),
    ),
  );
  const count = counts.data?.[0];
  if (!count || count.total < 2) return null;
  return (
    <span className={count.repeated ? 'sub repeat' : 'sub'}>
      {count.repeated ? 'Wiederholte Beschwerden: ' : ''}
      {count.total} Beschwerden zu dieser Einrichtung, {count.lastTwelveMonths} in den letzten zwölf
      Monaten. <Link to={`/faelle?facilityId=${facilityId}`}>Alle anzeigen</Link>
    </span>
  );
}
