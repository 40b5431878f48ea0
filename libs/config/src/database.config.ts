import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { Secret } from './secret.decorator';

export class DatabaseConfig {
  /** Absent: the embedded PostgreSQL (PGlite) under PGLITE_DATA_DIR is used. */
  @Secret()
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message:
      'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/teilhabe',
  })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1, { message: 'must be a directory path for the embedded database' })
  PGLITE_DATA_DIR = './data/pglite';

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 1 to 100' })
  @Min(1, { message: 'must be a whole number from 1 to 100' })
  @Max(100, { message: 'must be a whole number from 1 to 100' })
  DATABASE_POOL_SIZE = 10;

  get embedded(): boolean {
    return this.DATABASE_URL === undefined;
  }
}
