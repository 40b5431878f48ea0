export * from './body-parser';
export * from './content-type.guard';
export * from './domain-exception.filter';
export * from './error-body';
export * from './request-id.middleware';
export * from './untrusted-proxy';
export * from './denied-access';
