export * from './assistance';
export * from './normalize';
export * from './tokens';
export * from './norms';
export * from './clauses';
