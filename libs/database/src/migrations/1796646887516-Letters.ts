import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Letters1796646887516 implements MigrationInterface {
  name = 'Letters1796646887516';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "template" text NOT NULL, "recipient" text NOT NULL, "delivery" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "include_facts" boolean NOT NULL DEFAULT false, "regarding_letter_id" uuid, "created_by_id" uuid, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "letter_date" date, "answer_due" date, "subject" text, "disclosed" text array NOT NULL DEFAULT '{}', "consent_id" uuid, "pdf" text, "mail_text" text, "sent_to" text, "job_id" uuid, "delivery_attempts" integer NOT NULL DEFAULT '0', "message_id" text, "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by_name" text, "sent_event_pending" boolean NOT NULL DEFAULT false, "discarded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_letters_status" CHECK (status IN ('draft', 'queued', 'sent', 'discarded')), CONSTRAINT "ck_letters_delivery" CHECK (delivery IN ('email', 'post')), CONSTRAINT "ck_letters_recipient" CHECK (recipient IN ('provider', 'guardians')), CONSTRAINT "ck_letters_template" CHECK (template IN ('advisory', 'acknowledgement', 'statement_request', 'reminder', 'requirement')), CONSTRAINT "PK_bf70c41d26aa84cf2651d571889" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_letters_case" ON "letters"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answer_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "letter_id" uuid NOT NULL, "issued_with_letter_id" uuid NOT NULL, "case_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_df1610dc35f4449009b85eff48d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d2798c884e2eeafac7c6e8a4d6" ON "answer_links"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_answer_links_letter" ON "answer_links"  ("letter_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "provider_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "link_id" uuid NOT NULL, "case_id" uuid NOT NULL, "text" text, "contract_id" uuid, "verdict" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notice_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3688c0a1c842788fa3fe0bcba2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_provider_answers_case" ON "provider_answers"  ("case_id", "received_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_6d8822148277ae7dcafc0f4e11c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_08d74725fade6185650d53b1829" FOREIGN KEY ("regarding_letter_id") REFERENCES "letters"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" ADD CONSTRAINT "FK_5571b180f177f1935b946164941" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" ADD CONSTRAINT "FK_12324a6d1c73d91d19cb1befd4b" FOREIGN KEY ("issued_with_letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" ADD CONSTRAINT "FK_65fae7f75fbb35868286e7cffe5" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" ADD CONSTRAINT "FK_be25a6c3bd7ce3b05aca62cbd69" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" ADD CONSTRAINT "FK_b32647695aa4e056dee34ed1123" FOREIGN KEY ("link_id") REFERENCES "answer_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" ADD CONSTRAINT "FK_06923d83a13af5c98316c6ef567" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" ADD CONSTRAINT "FK_2ec8f700a1fec457e6f92cf2a10" FOREIGN KEY ("contract_id") REFERENCES "care_contracts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "provider_answers" DROP CONSTRAINT "FK_2ec8f700a1fec457e6f92cf2a10"`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" DROP CONSTRAINT "FK_06923d83a13af5c98316c6ef567"`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" DROP CONSTRAINT "FK_b32647695aa4e056dee34ed1123"`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_answers" DROP CONSTRAINT "FK_be25a6c3bd7ce3b05aca62cbd69"`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" DROP CONSTRAINT "FK_65fae7f75fbb35868286e7cffe5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" DROP CONSTRAINT "FK_12324a6d1c73d91d19cb1befd4b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_links" DROP CONSTRAINT "FK_5571b180f177f1935b946164941"`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" DROP CONSTRAINT "FK_08d74725fade6185650d53b1829"`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" DROP CONSTRAINT "FK_6d8822148277ae7dcafc0f4e11c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_provider_answers_case"`);
    await queryRunner.query(`DROP TABLE "provider_answers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_answer_links_letter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2798c884e2eeafac7c6e8a4d6"`);
    await queryRunner.query(`DROP TABLE "answer_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_letters_case"`);
    await queryRunner.query(`DROP TABLE "letters"`);
  }
}
