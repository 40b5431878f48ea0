import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { RedisConfig } from '@teilhabe/config';
import { Redis } from 'ioredis';

export const REDIS = Symbol('REDIS');

/** The shared Redis connection, or null when REDIS_URL is not set. */
export type RedisClient = Redis | null;

export function createRedis(url: string, name: string): Redis {
  const logger = new Logger('Redis');
  const client = new Redis(url, {
    connectionName: `teilhabe-${name}`,
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    // Fail at once while disconnected instead of queueing: callers such as /health answer now.
    enableOfflineQueue: false,
    // ioredis keeps a timer this long after disconnect() for a stream that may hang.
    disconnectTimeout: 500,
    // Back off up to 5 s between reconnects; Redis may come back at any time.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  let lastWarning = 0;
  client.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastWarning > 30_000) {
      lastWarning = now;
      logger.warn(`Redis connection problem: ${error.message}`);
    }
  });
  return client;
}

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    // quit() waits for a connection that may never come; only a ready client says goodbye.
    if (this.redis.status !== 'ready') {
      this.redis.disconnect();
      return;
    }
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(name: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          inject: [RedisConfig],
          useFactory: (config: RedisConfig): RedisClient =>
            config.REDIS_URL ? createRedis(config.REDIS_URL, name) : null,
        },
        RedisShutdown,
      ],
      exports: [REDIS],
    };
  }
}
