import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('runs on the embedded database with no environment at all', () => {
    const config = loadConfig({});
    expect(config.database.embedded).toBe(true);
    expect(config.database.PGLITE_DATA_DIR).toBe('./data/pglite');
    expect(config.redis.REDIS_URL).toBeUndefined();
    expect(config.app.PORT).toBe(3000);
  });

  it('reads and converts values from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app:pw@db:5432/teilhabe',
      REDIS_URL: 'redis://cache:6379',
      LOG_LEVEL: 'warn',
    });
    expect(config.app.PORT).toBe(8080);
    expect(config.database.embedded).toBe(false);
    expect(config.redis.REDIS_URL).toBe('redis://cache:6379');
    expect(config.app.LOG_LEVEL).toBe('warn');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.embedded).toBe(true);
  });

  it('names the variable and what is expected when a value is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError(
        'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "eighty")',
      ),
    );
  });

  it('never echoes the value of a secret variable', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^Invalid configuration: DATABASE_URL must be a PostgreSQL connection URL/,
    );
    expect(message).not.toContain('hunter2');
  });

  it('rejects an unknown log level', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of fatal, error/,
    );
  });

  it('reads which proxies to trust for client addresses', () => {
    expect(loadConfig({}).app.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).app.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).app.trustProxy).toBe(
      '10.0.0.0/8,127.0.0.1',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(
      /TRUST_PROXY must be false, loopback/,
    );
  });

  it('needs the client settings when single sign-on is switched on', () => {
    expect(loadConfig({}).oidc.enabled).toBe(false);
    expect(() => loadConfig({ OIDC_ISSUER_URL: 'https://sso.lvr.example/realms/lvr' })).toThrow(
      'Invalid configuration: OIDC_CLIENT_ID must be set when OIDC_ISSUER_URL is',
    );
    const config = loadConfig({
      OIDC_ISSUER_URL: 'https://sso.lvr.example/realms/lvr',
      OIDC_CLIENT_ID: 'teilhabe',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_REDIRECT_URL: 'https://teilhabe.lvr.example/api/v1/auth/oidc/callback',
    });
    expect(config.oidc.enabled).toBe(true);
  });
});
