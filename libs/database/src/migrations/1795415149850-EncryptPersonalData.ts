import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class EncryptPersonalData1795415149850 implements MigrationInterface {
  name = 'EncryptPersonalData1795415149850';

  // Edited by hand: types change in place, so addresses already stored survive (as clear text,
  // until `npm run crypto:rotate` encrypts them), and cached answers in clear text are dropped.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "guardian_email_hash" text`);
    await queryRunner.query(`DELETE FROM "idempotency_keys"`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ALTER COLUMN "response" TYPE text USING NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ALTER COLUMN "guardian_address" TYPE text USING "guardian_address"::text`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf821000eb48d8a6179964c2ff" ON "cases"  ("guardian_email_hash") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cf821000eb48d8a6179964c2ff"`);
    // Encrypted addresses cannot be turned back into JSON inside the database.
    await queryRunner.query(
      `ALTER TABLE "cases" ALTER COLUMN "guardian_address" TYPE jsonb USING CASE WHEN "guardian_address" LIKE 'enc:%' THEN NULL ELSE "guardian_address"::jsonb END`,
    );
    await queryRunner.query(`DELETE FROM "idempotency_keys"`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ALTER COLUMN "response" TYPE jsonb USING NULL`,
    );
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "guardian_email_hash"`);
  }
}
