import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseAssigneeAndContractWithdrawal1796640218581 implements MigrationInterface {
  name = 'CaseAssigneeAndContractWithdrawal1796640218581';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "assignee_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "care_contracts" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "care_contracts" ADD "withdrawn_by" text`);
    await queryRunner.query(`ALTER TABLE "care_contracts" ADD "withdrawal_reason" text`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1e03d7426e634bc22f7241ebfb" ON "cases"  ("assignee_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_1e03d7426e634bc22f7241ebfba" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_1e03d7426e634bc22f7241ebfba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e03d7426e634bc22f7241ebfb"`);
    await queryRunner.query(`ALTER TABLE "care_contracts" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "care_contracts" DROP COLUMN "withdrawn_by"`);
    await queryRunner.query(`ALTER TABLE "care_contracts" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "assignee_id"`);
  }
}
