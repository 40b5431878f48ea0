import { migrations } from './migrations';

/*
 * The schema's history lives here, in one place, as in Twenty and Immich. The entities do not:
 * each library registers its own (TypeOrmModule.forFeature), and the data source loads what
 * the process's modules registered (autoLoadEntities).
 */
export const MIGRATIONS = migrations;
