export * from './client-address';
export * from './rate-limit';
export * from './rate-limit-counter.entity';
export * from './rate-limit-purge';
