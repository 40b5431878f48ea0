import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** Who did something: recorded with every change on a case's timeline. */
export interface Actor {
  id: string | null;
  name: string;
}

/** Until sign-in exists, changes made over the API are recorded with this actor. */
export const API_ACTOR: Actor = { id: null, name: 'API (ohne Anmeldung)' };
export const SYSTEM_ACTOR: Actor = { id: null, name: 'System' };

export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<{ user?: Actor }>().user ?? API_ACTOR,
);
