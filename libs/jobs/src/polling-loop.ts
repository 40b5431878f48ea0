import { Logger } from '@nestjs/common';

/**
 * Runs `pass` again and again, `pauseMs` after the previous pass ended (never two at once),
 * with the schedules ensured once a minute; `stop()` waits for the running pass.
 */
export class PollingLoop {
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly logger: Logger,
    private readonly pass: () => Promise<unknown>,
    private readonly pauseMs = 1_000,
  ) {}

  start(): void {
    this.timer = setTimeout(() => this.tick(), 0);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  private tick(): void {
    this.running = this.pass()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error : String(error)))
      .finally(() => {
        if (!this.stopped) this.timer = setTimeout(() => this.tick(), this.pauseMs);
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

/** Whether a minute has passed since the last time this said yes: schedules are due then. */
export function everyMinute(): () => boolean {
  let last = 0;
  return () => {
    if (Date.now() - last < 60_000) return false;
    last = Date.now();
    return true;
  };
}
