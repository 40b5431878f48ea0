import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app.config';
import { ConfigError } from './config.error';
import { CryptoConfig } from './crypto.config';
import { DatabaseConfig } from './database.config';
import { DevToolsConfig } from './dev-tools.config';
import { LettersConfig } from './letters.config';
import { FollowUpConfig } from './follow-up.config';
import { MailConfig } from './mail.config';
import { OidcConfig } from './oidc.config';
import { RedisConfig } from './redis.config';
import { isSecret } from './secret.decorator';

export interface Config {
  app: AppConfig;
  crypto: CryptoConfig;
  database: DatabaseConfig;
  letters: LettersConfig;
  followUps: FollowUpConfig;
  mail: MailConfig;
  oidc: OidcConfig;
  redis: RedisConfig;
}

type Env = Record<string, string | undefined>;
type ConfigClass<T> = new () => T;

const AREAS = {
  app: AppConfig,
  crypto: CryptoConfig,
  database: DatabaseConfig,
  letters: LettersConfig,
  followUps: FollowUpConfig,
  mail: MailConfig,
  oidc: OidcConfig,
  redis: RedisConfig,
} as const satisfies { [K in keyof Config]: ConfigClass<Config[K]> };

/**
 * Reads every configuration area from the environment and validates it. Empty strings count
 * as unset, so `DATABASE_URL=` in a shell means "use the default".
 */
export function loadConfig(env: Env): Config {
  const result = {} as Record<string, unknown>;
  for (const [area, cls] of Object.entries(AREAS)) {
    result[area] = loadArea(cls as ConfigClass<object>, env);
  }
  const config = result as unknown as Config;
  const oidc = config.oidc;
  const missing = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const).find(
    (key) => oidc.enabled && oidc[key] === undefined,
  );
  if (missing) {
    throw new ConfigError(`Invalid configuration: ${missing} must be set when OIDC_ISSUER_URL is`);
  }

  return config;
}

/** For developer tools, which need settings the application never reads. */
export function loadDevToolsConfig(env: Env): DevToolsConfig {
  return loadArea(DevToolsConfig, env);
}

function loadArea<T extends object>(cls: ConfigClass<T>, env: Env): T {
  // Class fields are own properties (useDefineForClassFields), so the keys of a fresh
  // instance are exactly the variables this area reads, optional ones included.
  const plain = { ...new cls() } as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    const value = env[key];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(describe(cls, errors[0], plain));
  return instance;
}

function describe(
  cls: ConfigClass<object>,
  error: ValidationError,
  plain: Record<string, unknown>,
) {
  const key = error.property;
  const expected = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const shown = isSecret(cls, key) ? '' : ` (got "${String(plain[key])}")`;
  return `Invalid configuration: ${key} ${expected}${shown}`;
}
