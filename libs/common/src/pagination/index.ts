export * from './cursor';
export * from './page-query.dto';
export * from './like';
