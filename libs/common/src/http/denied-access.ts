import { type Actor } from '../actor';

/** A signed-in user was refused: a role without the right (403) or a record outside reach (404). */
export interface DeniedAccess {
  actor: Actor;
  method: string;
  /** The route as declared, e.g. `/api/v1/cases/:id`; the path as asked otherwise. */
  route: string;
  /** The id asked for, where the route has one. */
  recordId?: string;
  statusCode: 403 | 404;
  code: string;
}

/** Where refusals go, so that probing is seen (the audit log). */
export abstract class DeniedAccessRecorder {
  abstract record(denied: DeniedAccess): Promise<void>;
}
