import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Written by hand: ordinary triggers do not fire when a session sets
 * session_replication_role = replica, which a superuser may do. ALWAYS triggers fire then too.
 */
export class AuditLogAlwaysAppendOnly1795418576391 implements MigrationInterface {
  name = 'AuditLogAlwaysAppendOnly1795418576391';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE ALWAYS TRIGGER audit_log_no_change`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE ALWAYS TRIGGER audit_log_no_truncate`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_truncate`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_change`);
  }
}
