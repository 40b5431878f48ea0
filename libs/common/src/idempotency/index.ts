export * from './idempotency';
export * from './idempotency-key.entity';
export * from './idempotency-purge';
