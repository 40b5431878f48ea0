import { Matches, MinLength } from 'class-validator';
import { Secret } from './secret.decorator';

/** Settings of developer tools only (db:generate, seed:demo); never read by the application. */
export class DevToolsConfig {
  /** A PostgreSQL login that may create and drop scratch databases. */
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'must be a PostgreSQL connection URL of a user that may create databases',
  })
  ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

  /** Password of the demo users that `npm run seed:demo` creates. */
  @Secret()
  @MinLength(12, { message: 'must be at least 12 characters long' })
  DEMO_PASSWORD = 'Teilhabe-Demo-2026';
}
