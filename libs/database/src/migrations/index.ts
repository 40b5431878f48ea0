import { Initial1795414778226 } from './1795414778226-Initial';
import { EncryptPersonalData1795415149850 } from './1795415149850-EncryptPersonalData';

/** Every migration, in order. New ones are generated with `npm run db:generate -- <Name>`. */
export const migrations = [Initial1795414778226, EncryptPersonalData1795415149850];
