import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseConsents1796646725236 implements MigrationInterface {
  name = 'CaseConsents1796646725236';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "recipient" text NOT NULL, "given_at" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" uuid, "recorded_by_name" text NOT NULL, "withdrawn_at" date, "withdrawal_recorded_at" TIMESTAMP WITH TIME ZONE, "withdrawal_recorded_by_name" text, CONSTRAINT "ck_case_consents_withdrawal" CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at), CONSTRAINT "ck_case_consents_recipient" CHECK (recipient IN ('provider')), CONSTRAINT "PK_f76061198c833571b1435d76c83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_consents_case" ON "case_consents"  ("case_id", "recorded_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_consents" ADD CONSTRAINT "FK_a2d863570496746892b02d751b9" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_consents" DROP CONSTRAINT "FK_a2d863570496746892b02d751b9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_case_consents_case"`);
    await queryRunner.query(`DROP TABLE "case_consents"`);
  }
}
