import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AuditLog1795415388793 implements MigrationInterface {
  name = 'AuditLog1795415388793';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text NOT NULL, "action" text NOT NULL, "record_type" text, "record_id" text, "fields" text array NOT NULL DEFAULT '{}', "request_id" text, "details" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9ab67a467c6969ee1cf92f2c34" ON "audit_log"  ("occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log"  ("actor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_record" ON "audit_log"  ("record_type", "record_id") `,
    );
    // Added by hand: the log is append-only for every connection, a superuser's included.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log"
         FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_change ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ab67a467c6969ee1cf92f2c34"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
