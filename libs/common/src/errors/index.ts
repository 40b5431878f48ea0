export * from './domain.exception';
