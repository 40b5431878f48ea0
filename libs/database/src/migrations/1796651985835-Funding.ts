import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Funding1796651985835 implements MigrationInterface {
  name = 'Funding1796651985835';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funding_allocations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "district_id" uuid NOT NULL, "school_year" text NOT NULL, "amount_cents" bigint NOT NULL, "decided_at" date NOT NULL, "paid_at" date NOT NULL, "deemed_properly_used_cents" bigint, "settlement_agreed_at" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_funding_allocations_district_year" UNIQUE ("district_id", "school_year"), CONSTRAINT "PK_f79748e84da021cfd4f65ea5b2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8eaaad7dfa72fe995d395fcb31" ON "funding_allocations"  ("district_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_pool_models" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "district_id" uuid NOT NULL, "staff_count" integer, "hours_per_week" numeric(4,1), "pay_grade" text, "personnel_costs_cents" bigint, "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_funding_pool_models_district_name" UNIQUE ("district_id", "name"), CONSTRAINT "PK_2551c9bfbe66b634d7c2a8f404b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a8c1798f5c09bb30deee2b650c" ON "funding_pool_models"  ("district_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "level" text NOT NULL, "common_learning" boolean NOT NULL, "school_authority" text NOT NULL, "district_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_funding_schools_district_name" UNIQUE ("district_id", "name"), CONSTRAINT "ck_funding_schools_level" CHECK (level IN ('primary', 'secondary')), CONSTRAINT "PK_efe4a9b8f7576f7cb6cea849d3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f4f5310e73452f8e55500d040f" ON "funding_schools"  ("district_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_expenditures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "category" text NOT NULL, "amount_cents" bigint NOT NULL, "description" text NOT NULL, "spent_on" date, "school_id" uuid, "pool_model_id" uuid, "municipality" text, "municipality_runs_common_learning_schools" boolean, "project_exists_or_planned" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_funding_expenditures_category" CHECK (category IN ('pool_personnel', 'pool_overhead', 'qualification', 'exchange_meetings', 'coordination_formats', 'collegial_case_consultation', 'networking', 'brochures', 'expert_support', 'concept_development', 'supervision', 'forwarding_to_municipality', 'individual_claim', 'general_budget')), CONSTRAINT "PK_b293189f8dababd882e8df46700" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e8fca2bff6a1e9b89243a628a" ON "funding_expenditures"  ("pool_model_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_funding_expenditures_allocation" ON "funding_expenditures"  ("allocation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_repayment_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "due_by" date NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "repayment_due_cents" bigint NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c05574de605985c7fae03cbe167" UNIQUE ("allocation_id"), CONSTRAINT "REL_c05574de605985c7fae03cbe16" UNIQUE ("allocation_id"), CONSTRAINT "PK_804b018ed1c1bb7a309c371a8ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_facility_schools" ("facility_id" uuid NOT NULL, "school_id" uuid NOT NULL, CONSTRAINT "PK_3f732e7dc852032ecec4594a468" PRIMARY KEY ("facility_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_32cfeb410d9ff30de349cf0fbb" ON "funding_facility_schools"  ("school_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_pool_model_schools" ("pool_model_id" uuid NOT NULL, "school_id" uuid NOT NULL, "school_year" text NOT NULL, CONSTRAINT "PK_506ef283ecc903df51d2117f350" PRIMARY KEY ("pool_model_id", "school_id", "school_year"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_funding_pool_model_schools_school" ON "funding_pool_model_schools"  ("school_id", "school_year") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE 'funding_controller'`);
    await queryRunner.query(
      `ALTER TABLE "funding_allocations" ADD CONSTRAINT "FK_8eaaad7dfa72fe995d395fcb319" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_pool_models" ADD CONSTRAINT "FK_a8c1798f5c09bb30deee2b650c5" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_schools" ADD CONSTRAINT "FK_f4f5310e73452f8e55500d040f4" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" ADD CONSTRAINT "FK_8c5d28b2967ad05016ced1ebb29" FOREIGN KEY ("allocation_id") REFERENCES "funding_allocations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" ADD CONSTRAINT "FK_95c7957cc884db9dec4033f67cd" FOREIGN KEY ("school_id") REFERENCES "funding_schools"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" ADD CONSTRAINT "FK_6e8fca2bff6a1e9b89243a628a4" FOREIGN KEY ("pool_model_id") REFERENCES "funding_pool_models"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_repayment_reminders" ADD CONSTRAINT "FK_c05574de605985c7fae03cbe167" FOREIGN KEY ("allocation_id") REFERENCES "funding_allocations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_facility_schools" ADD CONSTRAINT "FK_3f732e7dc852032ecec4594a468" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_facility_schools" ADD CONSTRAINT "FK_32cfeb410d9ff30de349cf0fbb1" FOREIGN KEY ("school_id") REFERENCES "funding_schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_pool_model_schools" ADD CONSTRAINT "FK_cabb3d8427abe3362430d5a16ff" FOREIGN KEY ("pool_model_id") REFERENCES "funding_pool_models"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_pool_model_schools" ADD CONSTRAINT "FK_b41c3193a0c5fac108ef908e1e8" FOREIGN KEY ("school_id") REFERENCES "funding_schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "funding_pool_model_schools" DROP CONSTRAINT "FK_b41c3193a0c5fac108ef908e1e8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_pool_model_schools" DROP CONSTRAINT "FK_cabb3d8427abe3362430d5a16ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_facility_schools" DROP CONSTRAINT "FK_32cfeb410d9ff30de349cf0fbb1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_facility_schools" DROP CONSTRAINT "FK_3f732e7dc852032ecec4594a468"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_repayment_reminders" DROP CONSTRAINT "FK_c05574de605985c7fae03cbe167"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" DROP CONSTRAINT "FK_6e8fca2bff6a1e9b89243a628a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" DROP CONSTRAINT "FK_95c7957cc884db9dec4033f67cd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_expenditures" DROP CONSTRAINT "FK_8c5d28b2967ad05016ced1ebb29"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_schools" DROP CONSTRAINT "FK_f4f5310e73452f8e55500d040f4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_pool_models" DROP CONSTRAINT "FK_a8c1798f5c09bb30deee2b650c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocations" DROP CONSTRAINT "FK_8eaaad7dfa72fe995d395fcb319"`,
    );
    // Funding controllers lose their role before it goes: least privilege (reports only).
    await queryRunner.query(
      `UPDATE "users" SET "role" = 'committee' WHERE "role" = 'funding_controller'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role_old" AS ENUM('admin', 'team_lead', 'caseworker', 'committee')`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."user_role_old" USING "role"::"text"::"public"."user_role_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`ALTER TYPE "public"."user_role_old" RENAME TO "user_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_funding_pool_model_schools_school"`);
    await queryRunner.query(`DROP TABLE "funding_pool_model_schools"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32cfeb410d9ff30de349cf0fbb"`);
    await queryRunner.query(`DROP TABLE "funding_facility_schools"`);
    await queryRunner.query(`DROP TABLE "funding_repayment_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."ix_funding_expenditures_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e8fca2bff6a1e9b89243a628a"`);
    await queryRunner.query(`DROP TABLE "funding_expenditures"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4f5310e73452f8e55500d040f"`);
    await queryRunner.query(`DROP TABLE "funding_schools"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8c1798f5c09bb30deee2b650c"`);
    await queryRunner.query(`DROP TABLE "funding_pool_models"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8eaaad7dfa72fe995d395fcb31"`);
    await queryRunner.query(`DROP TABLE "funding_allocations"`);
  }
}
