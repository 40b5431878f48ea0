import { SetMetadata } from '@nestjs/common';
import { type UserRole } from './entities/user.entity';

export const ROLES = 'teilhabe:roles';

/** Who may call a route. Every route has this or @Public(); the application refuses to start otherwise. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

/** The roles that work on cases: limited to their districts. */
export const CASE_ROLES: UserRole[] = ['team_lead', 'caseworker'];
export const ALL_ROLES: UserRole[] = [
  'admin',
  'team_lead',
  'caseworker',
  'committee',
  'funding_controller',
];
/** The district's funding work (Inklusionspauschale): no case data. */
export const FUNDING_ROLES: UserRole[] = ['admin', 'funding_controller'];
