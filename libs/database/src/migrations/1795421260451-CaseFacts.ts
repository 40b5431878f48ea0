import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseFacts1795421260451 implements MigrationInterface {
  name = 'CaseFacts1795421260451';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "contract_terminated" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "office_notified_beforehand" boolean`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "consent_to_involve_others" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "consent_to_involve_others"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "office_notified_beforehand"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "contract_terminated"`);
  }
}
