import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app.config';
import { CryptoConfig } from './crypto.config';
import { DatabaseConfig } from './database.config';
import { LettersConfig } from './letters.config';
import { FollowUpConfig } from './follow-up.config';
import { MailConfig } from './mail.config';
import { OidcConfig } from './oidc.config';
import { type Config } from './load-config';
import { RedisConfig } from './redis.config';

/** Makes each validated configuration area injectable by its class. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config.app },
        { provide: CryptoConfig, useValue: config.crypto },
        { provide: DatabaseConfig, useValue: config.database },
        { provide: LettersConfig, useValue: config.letters },
        { provide: FollowUpConfig, useValue: config.followUps },
        { provide: MailConfig, useValue: config.mail },
        { provide: OidcConfig, useValue: config.oidc },
        { provide: RedisConfig, useValue: config.redis },
      ],
      exports: [
        AppConfig,
        CryptoConfig,
        DatabaseConfig,
        LettersConfig,
        FollowUpConfig,
        MailConfig,
        OidcConfig,
        RedisConfig,
      ],
    };
  }
}
