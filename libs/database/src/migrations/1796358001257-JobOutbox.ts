import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class JobOutbox1796358001257 implements MigrationInterface {
  name = 'JobOutbox1796358001257';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "key" text, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL, "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "progress" jsonb, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "job_outbox_status" CHECK (status IN ('pending', 'running', 'done', 'failed')), CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "job_outbox_key" ON "job_outbox"  ("key") `);
    await queryRunner.query(
      `CREATE INDEX "job_outbox_due" ON "job_outbox"  ("status", "run_after") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."job_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."job_outbox_key"`);
    await queryRunner.query(`DROP TABLE "job_outbox"`);
  }
}
