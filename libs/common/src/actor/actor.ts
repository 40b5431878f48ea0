import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** Who did something: recorded on a case's timeline and in the audit log. */
export interface Actor {
  id: string | null;
  name: string;
  /** The request it was done through, when it came over HTTP. */
  requestId?: string;
  /** A signed-in user's role; absent for the system itself (commands, jobs). */
  role?: string;
  /** The districts a caseworker or team lead works for. */
  districtIds?: string[];
}

/** Until sign-in exists, changes made over the API are recorded with this actor. */
export const API_ACTOR: Actor = { id: null, name: 'API (ohne Anmeldung)' };
export const SYSTEM_ACTOR: Actor = { id: null, name: 'System' };

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<{ user?: Actor; id?: string }>();
  return { ...(req.user ?? API_ACTOR), requestId: req.id };
});
