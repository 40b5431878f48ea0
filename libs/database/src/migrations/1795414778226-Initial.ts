import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1795414778226 implements MigrationInterface {
  name = 'Initial1795414778226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "resource_id" uuid, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15de2f76fa9f27ad8f330983607" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."district_kind" AS ENUM('kreis', 'kreisfreie_stadt', 'staedteregion')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."landesjugendamt" AS ENUM('LVR', 'LWL')`);
    await queryRunner.query(
      `CREATE TABLE "districts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" "public"."district_kind" NOT NULL, "landesjugendamt" "public"."landesjugendamt" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8e9d73424149b43b38244f75528" UNIQUE ("code"), CONSTRAINT "UQ_6a6fd6d258022e5576afbad90b4" UNIQUE ("name"), CONSTRAINT "PK_972a72ff4e3bea5c7f43a2b98af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."provider_type" AS ENUM('free', 'municipal', 'church')`,
    );
    await queryRunner.query(
      `CREATE TABLE "providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "type" "public"."provider_type" NOT NULL, "email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "address_street" text NOT NULL, "address_postal_code" text NOT NULL, "address_city" text NOT NULL, CONSTRAINT "PK_af13fc2ebf382fe0dad2e4793aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d735474e539e674ba3702eddc4" ON "providers"  ("name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."facility_kind" AS ENUM('kita', 'ogs', 'ogs_foerderschule')`,
    );
    await queryRunner.query(
      `CREATE TABLE "facilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."facility_kind" NOT NULL, "provider_id" uuid NOT NULL, "district_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_facilities_provider_district_name" UNIQUE ("provider_id", "district_id", "name"), CONSTRAINT "PK_2e6c685b2e1195e6d6394a22bc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_48f83eadd61bf57e3afa5d62ab" ON "facilities"  ("district_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_channel" AS ENUM('phone', 'email', 'letter', 'web', 'in_person')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_status" AS ENUM('received', 'assessing', 'provider_contacted', 'resolved', 'requirement_imposed', 'closed_unresolved', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."assistance_kind" AS ENUM('kita_assistance', 'school_assistance_sgb_ix', 'school_assistance_sgb_viii', 'pooled_assistance', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "reference_year" smallint NOT NULL, "reference_number" integer NOT NULL, "facility_id" uuid NOT NULL, "received_at" date NOT NULL, "channel" "public"."case_channel" NOT NULL, "status" "public"."case_status" NOT NULL DEFAULT 'received', "patterns" text array NOT NULL DEFAULT '{}', "description" text NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "guardian_name" text NOT NULL, "guardian_email" text, "guardian_phone" text, "guardian_address" jsonb, "child_initials" text NOT NULL, "child_birth_year" smallint NOT NULL, "child_disability" text, "child_assistance_kind" "public"."assistance_kind", "child_assistance_hours_per_week" numeric(4,1), CONSTRAINT "UQ_54644dc5f4b6350d047ab0ce40a" UNIQUE ("reference"), CONSTRAINT "uq_cases_reference_year_number" UNIQUE ("reference_year", "reference_number"), CONSTRAINT "ck_cases_patterns" CHECK (patterns <@ ARRAY['admission_conditional_on_assistance', 'hours_capped_to_assistance', 'absence_exclusion', 'activity_exclusion', 'termination_for_missing_assistance', 'parent_must_substitute']::text[]), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d617533dd417705fc9c99b4007" ON "cases"  ("facility_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c96662fe68f96ad09b3210f014" ON "cases"  ("received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c71df5e7279ba08e88c6b47a55" ON "cases"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text NOT NULL, "type" text NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_events_case" ON "case_events"  ("case_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_reference_counters" ("year" smallint NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_071086b2232dd1ff26fcb516140" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilities" ADD CONSTRAINT "FK_d55b8a251bd442b31d4b184f258" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilities" ADD CONSTRAINT "FK_48f83eadd61bf57e3afa5d62ab6" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_d617533dd417705fc9c99b4007c" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`,
    );
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_d617533dd417705fc9c99b4007c"`);
    await queryRunner.query(
      `ALTER TABLE "facilities" DROP CONSTRAINT "FK_48f83eadd61bf57e3afa5d62ab6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilities" DROP CONSTRAINT "FK_d55b8a251bd442b31d4b184f258"`,
    );
    await queryRunner.query(`DROP TABLE "case_reference_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_events_case"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c71df5e7279ba08e88c6b47a55"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c96662fe68f96ad09b3210f014"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d617533dd417705fc9c99b4007"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP TYPE "public"."assistance_kind"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
    await queryRunner.query(`DROP TYPE "public"."case_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48f83eadd61bf57e3afa5d62ab"`);
    await queryRunner.query(`DROP TABLE "facilities"`);
    await queryRunner.query(`DROP TYPE "public"."facility_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d735474e539e674ba3702eddc4"`);
    await queryRunner.query(`DROP TABLE "providers"`);
    await queryRunner.query(`DROP TYPE "public"."provider_type"`);
    await queryRunner.query(`DROP TABLE "districts"`);
    await queryRunner.query(`DROP TYPE "public"."landesjugendamt"`);
    await queryRunner.query(`DROP TYPE "public"."district_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys_created_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
