import { type Actor } from '@teilhabe/common';
import { type UserRole } from './entities/user.entity';

/** Roles whose access to cases, facilities and funding is limited to their own districts. */
const DISTRICT_BOUND: ReadonlySet<string> = new Set<UserRole>([
  'caseworker',
  'team_lead',
  'funding_controller',
]);

/**
 * The district access policy, beside the roles it belongs to: the districts an actor may see
 * cases and facilities of, or null for no limit (the system, administrators for facilities).
 * Records outside answer as if they did not exist.
 */
export function districtScope(actor: Actor): string[] | null {
  return actor.role !== undefined && DISTRICT_BOUND.has(actor.role)
    ? (actor.districtIds ?? [])
    : null;
}
