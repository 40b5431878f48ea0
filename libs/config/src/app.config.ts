import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class AppConfig {
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 0 to 65535' })
  @Min(0, { message: 'must be a whole number from 0 to 65535' })
  @Max(65535, { message: 'must be a whole number from 0 to 65535' })
  PORT = 3000;

  @IsString({ message: 'must be a host name or IP address to listen on' })
  HOST = '127.0.0.1';

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /**
   * Which proxies may tell the client's address (X-Forwarded-For), as Express takes it:
   * `false`, `loopback`, a number of hops, or addresses and subnets separated by commas.
   * Sign-in limits per address depend on it.
   */
  @Matches(/^(false|loopback|linklocal|uniquelocal|\d{1,2}|[0-9a-fA-F:./]+(,[0-9a-fA-F:./]+)*)$/, {
    message:
      'must be false, loopback, a number of proxy hops or a comma-separated list of addresses',
  })
  TRUST_PROXY = 'false';

  /** Years after closing after which a case's personal data is erased (pseudonymised). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of years from 1 to 30' })
  @Min(1, { message: 'must be a whole number of years from 1 to 30' })
  @Max(30, { message: 'must be a whole number of years from 1 to 30' })
  RETENTION_YEARS = 5;

  /** Web origins allowed to call the API from a browser, comma-separated; none by default. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+(,https?:\/\/[^\s,/]+)*$/, {
    message: 'must be comma-separated origins such as https://teilhabe.lvr.example',
  })
  CORS_ORIGINS?: string;

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS ? this.CORS_ORIGINS.split(',') : [];
  }

  get trustProxy(): boolean | number | string {
    if (this.TRUST_PROXY === 'false') return false;
    if (/^\d+$/.test(this.TRUST_PROXY)) return Number(this.TRUST_PROXY);
    return this.TRUST_PROXY;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}
