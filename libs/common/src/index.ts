export * from './actor';
export * from './errors';
export * from './http';
export * from './pagination';
export * from './validation';
export * from './address';
export * from './idempotency';
export * from './logging';
