import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { forbidden } from './auth.exception';
import { type AuthenticatedRequest } from './auth.guard';
import { type UserRole } from './entities/user.entity';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

const PATH = 'path';
const METHOD = 'method';

/** Lets a signed-in user through only to routes their role is named on (403 otherwise). */
@Injectable()
export class RolesGuard implements CanActivate, OnApplicationBootstrap {
  constructor(
    private readonly reflector: Reflector,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets) ?? [];
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (user && roles.includes(user.role)) return true;
    throw forbidden();
  }

  /** A route nobody decided about would be closed to all; refuse to start with one. */
  onApplicationBootstrap(): void {
    const unruled: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (
          ...args: unknown[]
        ) => unknown;
        if (
          Reflect.getMetadata(PATH, handler) === undefined ||
          Reflect.getMetadata(METHOD, handler) === undefined
        )
          continue;
        const targets = [handler, wrapper.metatype as (...args: unknown[]) => unknown];
        const ruled =
          this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) ||
          this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
        if (!ruled) unruled.push(`${wrapper.metatype.name}.${name}`);
      }
    }
    if (unruled.length > 0) {
      throw new Error(`Routes without @Roles() or @Public(): ${unruled.join(', ')}`);
    }
  }
}
