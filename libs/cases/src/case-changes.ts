import { isDeepStrictEqual } from 'node:util';
import { type UpdateCaseDto } from './dto/update-case.dto';
import { type Case } from './entities/case.entity';

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/*
 * Fields whose values identify the family or the child or describe the child's health and
 * support. The timeline says that they changed, never what they were or became.
 */
const PERSONAL = new Set([
  'guardian.name',
  'guardian.email',
  'guardian.phone',
  'guardian.address',
  'child.initials',
  'child.birthYear',
  'child.disability',
  'child.assistance',
  'description',
]);

/**
 * Applies a correction to a loaded case and lists what changed. Fields left out of the request
 * stay as they are; an explicit null clears an optional field.
 */
export function applyCaseUpdate(target: Case, dto: UpdateCaseDto): FieldChange[] {
  const changes: FieldChange[] = [];
  const set = <T>(field: string, current: T, next: T | undefined, assign: (value: T) => void) => {
    if (next === undefined || isDeepStrictEqual(current, next)) return;
    changes.push(PERSONAL.has(field) ? { field } : { field, from: current, to: next });
    assign(next);
  };

  set('facilityId', target.facilityId, dto.facilityId, (v) => (target.facilityId = v));
  set('receivedAt', target.receivedAt, dto.receivedAt, (v) => (target.receivedAt = v));
  set('channel', target.channel, dto.channel, (v) => (target.channel = v));
  set('patterns', target.patterns, dto.patterns, (v) => (target.patterns = v));
  set('description', target.description, dto.description, (v) => (target.description = v));
  set(
    'contractTerminated',
    target.contractTerminated,
    dto.contractTerminated,
    (v) => (target.contractTerminated = v),
  );
  set(
    'officeNotifiedBeforehand',
    target.officeNotifiedBeforehand,
    dto.officeNotifiedBeforehand,
    (v) => (target.officeNotifiedBeforehand = v),
  );
  set(
    'consentToInvolveOthers',
    target.consentToInvolveOthers,
    dto.consentToInvolveOthers,
    (v) => (target.consentToInvolveOthers = v),
  );

  const g = dto.guardian;
  if (g) {
    const guardian = target.guardian;
    set('guardian.name', guardian.name, g.name, (v) => (guardian.name = v));
    set('guardian.email', guardian.email, g.email, (v) => (guardian.email = v));
    set('guardian.phone', guardian.phone, g.phone, (v) => (guardian.phone = v));
    const address = g.address === undefined ? undefined : g.address && { ...g.address };
    set('guardian.address', guardian.address, address, (v) => (guardian.address = v));
  }

  const c = dto.child;
  if (c) {
    const child = target.child;
    set('child.initials', child.initials, c.initials, (v) => (child.initials = v));
    set('child.birthYear', child.birthYear, c.birthYear, (v) => (child.birthYear = v));
    set('child.disability', child.disability, c.disability, (v) => (child.disability = v));
    const current =
      child.assistanceKind === null
        ? null
        : { kind: child.assistanceKind, hoursPerWeek: child.assistanceHoursPerWeek };
    const next = c.assistance === undefined ? undefined : c.assistance && { ...c.assistance };
    set('child.assistance', current, next, (v) => {
      child.assistanceKind = v?.kind ?? null;
      child.assistanceHoursPerWeek = v?.hoursPerWeek ?? null;
    });
  }
  return changes;
}
