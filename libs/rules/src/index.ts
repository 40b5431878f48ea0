export * from './assistance';
export * from './normalize';
export * from './tokens';
