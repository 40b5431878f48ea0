import { Injectable, type OnApplicationBootstrap, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JobName, type JobPayloads } from './job-names';

const JOB_HANDLER = Symbol('JOB_HANDLER');

/** What a handler may answer: a small result kept on the job's row (ids, counts). */
export type JobResult = Record<string, unknown> | void;

/** Reports progress of long work onto the job's row. */
export type ProgressReporter = (progress: Record<string, unknown>) => Promise<void>;

export type Handler<N extends JobName> = (
  data: JobPayloads[N],
  progress: ProgressReporter,
) => Promise<JobResult>;

/** Marks the one service method that does the work of job `name`. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);

/**
 * Finds the handlers at boot and refuses to start when a job has none or two: a job that
 * nobody handles would wait forever, one with two handlers would run twice.
 */
@Injectable()
export class JobHandlers implements OnApplicationBootstrap {
  private readonly handlers = new Map<JobName, Handler<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const prototype = Object.getPrototypeOf(instance) as object | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn as () => unknown);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${wrapper.name as string}.${method}`]);
        this.handlers.set(name, (fn as Handler<JobName>).bind(instance));
      }
    }
    checkHandlers(found);
  }

  get(name: JobName): Handler<JobName> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler for job ${name}`);
    return handler;
  }
}

/** Every job name has exactly one handler; otherwise the error names each problem. */
export function checkHandlers(found: Map<JobName, string[]>): void {
  const problems: string[] = [];
  for (const name of Object.values(JobName)) {
    const where = found.get(name) ?? [];
    if (where.length === 0) problems.push(`${name} has no handler`);
    if (where.length > 1)
      problems.push(`${name} has ${where.length} handlers: ${where.join(', ')}`);
  }
  if (problems.length > 0) throw new Error(`Background jobs: ${problems.join('; ')}`);
}
