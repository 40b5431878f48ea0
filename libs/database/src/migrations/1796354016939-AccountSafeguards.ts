import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AccountSafeguards1796354016939 implements MigrationInterface {
  name = 'AccountSafeguards1796354016939';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "used_refresh_tokens" ("hash" text NOT NULL, "session_id" uuid NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e70374a47b0b3f361a5631fe2d" PRIMARY KEY ("hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c38a6a21ce9c0f354e8bb69fb7" ON "used_refresh_tokens"  ("session_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "password_must_change" boolean NOT NULL DEFAULT false`,
    );
    // Counters of the current window are only minutes old: they start again per account.
    await queryRunner.query(`DELETE FROM "login_throttle"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" ADD "account" text NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" DROP CONSTRAINT "PK_a52b9cef7e09e7209250b1bfcfc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD CONSTRAINT "PK_44996b07fec0ada60fd2c755c77" PRIMARY KEY ("address", "account")`,
    );
    await queryRunner.query(
      `ALTER TABLE "used_refresh_tokens" ADD CONSTRAINT "FK_c38a6a21ce9c0f354e8bb69fb7d" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "used_refresh_tokens" DROP CONSTRAINT "FK_c38a6a21ce9c0f354e8bb69fb7d"`,
    );
    await queryRunner.query(`DELETE FROM "login_throttle"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" DROP CONSTRAINT "PK_44996b07fec0ada60fd2c755c77"`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD CONSTRAINT "PK_a52b9cef7e09e7209250b1bfcfc" PRIMARY KEY ("address")`,
    );
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "account"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_must_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c38a6a21ce9c0f354e8bb69fb7"`);
    await queryRunner.query(`DROP TABLE "used_refresh_tokens"`);
  }
}
