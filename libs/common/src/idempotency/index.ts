export * from './idempotency';
export * from './idempotency-key.entity';
