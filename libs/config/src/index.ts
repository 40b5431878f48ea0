export * from './app.config';
export * from './config.error';
export * from './config.module';
export * from './database.config';
export * from './dev-tools.config';
export * from './load-config';
export * from './redis.config';
export * from './secret.decorator';
