import { type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * The reasons given for status changes move out of the timeline's JSON into a column of their
 * own that is encrypted like the other personal fields. Moved values stay in clear text until
 * `npm run crypto:rotate` encrypts them (as it does the disability and the description).
 */
export class EncryptCaseNarratives1796324945219 implements MigrationInterface {
  name = 'EncryptCaseNarratives1796324945219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_events" ADD "reason" text`);
    await queryRunner.query(
      `UPDATE "case_events" SET "reason" = "data"->>'reason', "data" = "data" - 'reason'
        WHERE "data" ? 'reason'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Values encrypted since can only be moved back as they are.
    await queryRunner.query(
      `UPDATE "case_events" SET "data" = "data" || jsonb_build_object('reason', "reason")
        WHERE "reason" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "case_events" DROP COLUMN "reason"`);
  }
}
