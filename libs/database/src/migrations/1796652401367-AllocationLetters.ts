import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AllocationLetters1796652401367 implements MigrationInterface {
  name = 'AllocationLetters1796652401367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "allocation_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "template" text NOT NULL DEFAULT 'ministry_notice', "recipient" text NOT NULL DEFAULT 'ministry', "status" text NOT NULL DEFAULT 'draft', "subject" text NOT NULL, "letter_date" date NOT NULL, "pdf" text NOT NULL, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_allocation_letters_recipient" CHECK (recipient IN ('ministry')), CONSTRAINT "ck_allocation_letters_template" CHECK (template IN ('ministry_notice')), CONSTRAINT "PK_efd43a9d214e6f7948825286255" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_allocation_letters_allocation" ON "allocation_letters"  ("allocation_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_allocation_letters_allocation"`);
    await queryRunner.query(`DROP TABLE "allocation_letters"`);
  }
}
