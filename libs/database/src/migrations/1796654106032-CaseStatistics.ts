import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseStatistics1796654106032 implements MigrationInterface {
  name = 'CaseStatistics1796654106032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_statistics" ("case_id" uuid NOT NULL, "received_at" date NOT NULL, "received_month" smallint NOT NULL, "district_id" uuid NOT NULL, "setting" smallint NOT NULL, "provider_type" smallint NOT NULL, "status" smallint NOT NULL, "channel" smallint NOT NULL, "patterns" smallint NOT NULL DEFAULT '0', "contract_terminated" boolean NOT NULL DEFAULT false, "record_key" integer NOT NULL, CONSTRAINT "PK_b2ac8a9689c1e41306a1676ff2e" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_statistics_received" ON "case_statistics"  ("received_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_statistics" ADD CONSTRAINT "FK_b2ac8a9689c1e41306a1676ff2e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The cases recorded so far, each with a record key of its own; the codes are those of
    // STATISTIC_CODES in libs/cases (position in these arrays, counted from 0).
    await queryRunner.query(
      `INSERT INTO "case_statistics" ("case_id", "received_at", "received_month", "district_id", "setting", "provider_type", "status", "channel", "patterns", "contract_terminated", "record_key")
       SELECT c."id", c."received_at",
              CAST(extract(year FROM c."received_at") * 12 + extract(month FROM c."received_at") - 1 AS smallint),
              f."district_id",
              array_position(ARRAY['kita','ogs','ogs_foerderschule'], CAST(f."kind" AS text)) - 1,
              array_position(ARRAY['free','municipal','church'], CAST(p."type" AS text)) - 1,
              array_position(ARRAY['received','assessing','provider_contacted','resolved','requirement_imposed','closed_unresolved','withdrawn'], CAST(c."status" AS text)) - 1,
              array_position(ARRAY['phone','email','letter','web','in_person'], CAST(c."channel" AS text)) - 1,
              CAST(coalesce((SELECT sum(1 << (array_position(ARRAY['admission_conditional_on_assistance','hours_capped_to_assistance','absence_exclusion','activity_exclusion','termination_for_missing_assistance','parent_must_substitute'], x) - 1)) FROM unnest(c."patterns") AS x), 0) AS smallint),
              c."contract_terminated", CAST(floor(random() * 2147483648) AS integer)
       FROM "cases" c JOIN "facilities" f ON f."id" = c."facility_id" JOIN "providers" p ON p."id" = f."provider_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_statistics" DROP CONSTRAINT "FK_b2ac8a9689c1e41306a1676ff2e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_case_statistics_received"`);
    await queryRunner.query(`DROP TABLE "case_statistics"`);
  }
}
