import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class LoginThrottle1795418626250 implements MigrationInterface {
  name = 'LoginThrottle1795418626250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("address" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_a52b9cef7e09e7209250b1bfcfc" PRIMARY KEY ("address"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
