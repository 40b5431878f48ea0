import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@teilhabe/auth';
import { DatabaseConfig } from '@teilhabe/config';
import { REDIS, type RedisClient } from '@teilhabe/redis';
import { type Response } from 'express';
import { DataSource } from 'typeorm';

type Check = { status: 'up' } | { status: 'down'; error: string };

class DependencyHealth {
  @ApiProperty({ enum: ['up', 'down', 'not_configured'] })
  status!: 'up' | 'down' | 'not_configured';
  @ApiPropertyOptional({ description: 'Why it is down' }) error?: string;
}

class DatabaseHealth extends DependencyHealth {
  @ApiProperty({ enum: ['postgres', 'embedded'] }) kind!: 'postgres' | 'embedded';
}

export class HealthReport {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ type: () => DatabaseHealth }) database!: DatabaseHealth;
  @ApiProperty({ type: () => DependencyHealth }) redis!: DependencyHealth;
}

const TIMEOUT_MS = 2000;

/** For load balancers and operators: can this process reach what it depends on? */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly databaseConfig: DatabaseConfig,
  ) {}

  @Get()
  @ApiOkResponse({
    type: HealthReport,
    description: 'database (and Redis, when configured) reachable',
  })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'a dependency is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      this.redis
        ? probe(() => this.redis!.ping())
        : Promise.resolve({ status: 'not_configured' as const }),
    ]);
    const ok = database.status === 'up' && redis.status !== 'down';
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'error',
      database: { ...database, kind: this.databaseConfig.embedded ? 'embedded' : 'postgres' },
      redis,
    };
  }
}

async function probe(run: () => Promise<unknown>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)),
          TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
