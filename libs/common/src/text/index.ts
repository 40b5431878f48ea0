export * from './slugify';
export * from './plain-text';
