// The public API of @teilhabe/config: what other libraries and the apps use, and nothing more.
export { AppConfig } from './app.config';
export { ConfigError } from './config.error';
export { ConfigModule } from './config.module';
export { CryptoConfig } from './crypto.config';
export { DatabaseConfig } from './database.config';
export { durationMs, LettersConfig } from './letters.config';
export { type Config, loadConfig, loadDevToolsConfig } from './load-config';
export { FollowUpConfig } from './follow-up.config';
export { MailConfig } from './mail.config';
export { OidcConfig } from './oidc.config';
export { RedisConfig } from './redis.config';
