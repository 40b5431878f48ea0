import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Retention1795416947939 implements MigrationInterface {
  name = 'Retention1795416947939';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "pseudonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "guardian_name" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "child_initials" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "child_initials" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "guardian_name" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "pseudonymised_at"`);
  }
}
