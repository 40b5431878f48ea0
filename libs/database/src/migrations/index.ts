import { Initial1795412743409 } from './1795412743409-Initial';

/** Every migration, in order. New ones are generated with `npm run db:generate -- <Name>`. */
export const migrations = [Initial1795412743409];
