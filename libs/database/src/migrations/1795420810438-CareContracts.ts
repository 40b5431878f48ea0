import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CareContracts1795420810438 implements MigrationInterface {
  name = 'CareContracts1795420810438';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "care_contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "source" text NOT NULL, "file_name" text, "size_bytes" integer NOT NULL, "document" text, "text" text NOT NULL, "verdict" text NOT NULL, "patterns" text array NOT NULL DEFAULT '{}', "findings" text NOT NULL, "rule_set_version" text NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_866acf5e9c85a08c78907c66bf4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_care_contracts_rule_set" ON "care_contracts"  ("rule_set_version") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_care_contracts_case" ON "care_contracts"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "care_contracts" ADD CONSTRAINT "FK_0e217e80bbfd8bae59b7fc646cc" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "care_contracts" DROP CONSTRAINT "FK_0e217e80bbfd8bae59b7fc646cc"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_care_contracts_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_care_contracts_rule_set"`);
    await queryRunner.query(`DROP TABLE "care_contracts"`);
  }
}
