import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseStatisticsMonthly1796655242242 implements MigrationInterface {
  name = 'CaseStatisticsMonthly1796655242242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_statistics_monthly" ("received_month" smallint NOT NULL, "district_id" uuid NOT NULL, "dimension" smallint NOT NULL, "value" smallint NOT NULL, "cases" integer NOT NULL, "key_sum" bigint NOT NULL, CONSTRAINT "PK_3fb7b043f35c32c8b219ae769e9" PRIMARY KEY ("received_month", "district_id", "dimension", "value"))`,
    );
    // Filled from case_statistics (dimension 0: all cases; 1 setting, 2 provider type,
    // 3 status, 4 channel, 5 pattern by its bit; 10 to 19 their pairs, value = a * 16 + b).
    await queryRunner.query(
      `INSERT INTO case_statistics_monthly (received_month, district_id, dimension, value, cases, key_sum)
  SELECT received_month, district_id, dimension, value, count(*), sum(CAST(record_key AS bigint)) % 2147483648
  FROM (SELECT s.received_month, s.district_id, CAST(0 AS smallint) AS dimension, CAST(0 AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(1 AS smallint) AS dimension, CAST(s.setting AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(2 AS smallint) AS dimension, CAST(s.provider_type AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(3 AS smallint) AS dimension, CAST(s.status AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(4 AS smallint) AS dimension, CAST(s.channel AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(5 AS smallint) AS dimension, CAST(b AS smallint) AS value, s.record_key FROM case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0
    UNION ALL SELECT s.received_month, s.district_id, CAST(10 AS smallint) AS dimension, CAST(s.setting * 16 + s.provider_type AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(11 AS smallint) AS dimension, CAST(s.setting * 16 + s.status AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(12 AS smallint) AS dimension, CAST(s.setting * 16 + s.channel AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(13 AS smallint) AS dimension, CAST(s.setting * 16 + b AS smallint) AS value, s.record_key FROM case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0
    UNION ALL SELECT s.received_month, s.district_id, CAST(14 AS smallint) AS dimension, CAST(s.provider_type * 16 + s.status AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(15 AS smallint) AS dimension, CAST(s.provider_type * 16 + s.channel AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(16 AS smallint) AS dimension, CAST(s.provider_type * 16 + b AS smallint) AS value, s.record_key FROM case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0
    UNION ALL SELECT s.received_month, s.district_id, CAST(17 AS smallint) AS dimension, CAST(s.status * 16 + s.channel AS smallint) AS value, s.record_key FROM case_statistics s
    UNION ALL SELECT s.received_month, s.district_id, CAST(18 AS smallint) AS dimension, CAST(s.status * 16 + b AS smallint) AS value, s.record_key FROM case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0
    UNION ALL SELECT s.received_month, s.district_id, CAST(19 AS smallint) AS dimension, CAST(s.channel * 16 + b AS smallint) AS value, s.record_key FROM case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0) x
  GROUP BY received_month, district_id, dimension, value`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_statistics_monthly"`);
  }
}
