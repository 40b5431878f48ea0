import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseStatisticsMonthlyIndex1796657159080 implements MigrationInterface {
  name = 'CaseStatisticsMonthlyIndex1796657159080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_case_statistics_monthly_dimension" ON "case_statistics_monthly"  ("dimension", "received_month") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_statistics_monthly_dimension"`);
  }
}
