export * from './calendar-date';
export * from './fields';
export * from './messages';
export * from './validation-pipe';
export * from './uuid-param';
