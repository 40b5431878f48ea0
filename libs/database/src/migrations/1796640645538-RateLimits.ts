import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class RateLimits1796640645538 implements MigrationInterface {
  name = 'RateLimits1796640645538';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" ("bucket" text NOT NULL, "client" text NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_3ed57effda097a34aa49c5aa83e" PRIMARY KEY ("bucket", "client"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rate_limit_counters_window_ends_at" ON "rate_limit_counters"  ("window_ends_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_rate_limit_counters_window_ends_at"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
