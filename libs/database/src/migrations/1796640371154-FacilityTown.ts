import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class FacilityTown1796640371154 implements MigrationInterface {
  name = 'FacilityTown1796640371154';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "facilities" ADD "postal_code" text`);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "city" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "city"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "postal_code"`);
  }
}
