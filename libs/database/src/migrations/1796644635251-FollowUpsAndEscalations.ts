import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class FollowUpsAndEscalations1796644635251 implements MigrationInterface {
  name = 'FollowUpsAndEscalations1796644635251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "case_id" uuid NOT NULL, "district_id" uuid NOT NULL, "provider_id" uuid, "follow_up_id" uuid, "complaints" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notified_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" text, CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalations_open" ON "escalations"  ("district_id", "acknowledged_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "letter_id" uuid NOT NULL, "stage" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "period" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_on" date, "paused_at" TIMESTAMP WITH TIME ZONE, "pause_reason" text, "remaining_ms" bigint, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d510aabdff2ec7fdc67a1092157" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e1e0b837f09966486388cd9b94" ON "follow_ups"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cfdcd362e5835ba75b8e8f173b" ON "follow_ups"  ("letter_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_follow_ups_due" ON "follow_ups"  ("status", "due_at") `,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_272caf654fdb4d65b39204e24d2" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_50d073e5036f9f25fe5f1c2e60d" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_e1e0b837f09966486388cd9b94c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_e1e0b837f09966486388cd9b94c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" DROP CONSTRAINT "FK_50d073e5036f9f25fe5f1c2e60d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" DROP CONSTRAINT "FK_272caf654fdb4d65b39204e24d2"`,
    );
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_ups_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfdcd362e5835ba75b8e8f173b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1e0b837f09966486388cd9b94"`);
    await queryRunner.query(`DROP TABLE "follow_ups"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalations_open"`);
    await queryRunner.query(`DROP TABLE "escalations"`);
  }
}
