import { Matches } from 'class-validator';

/** Settings of developer tools only (db:generate); never read by the application. */
export class DevToolsConfig {
  /** A PostgreSQL login that may create and drop scratch databases. */
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'must be a PostgreSQL connection URL of a user that may create databases',
  })
  ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
}
