import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ReferencePopulations1796662585844 implements MigrationInterface {
  name = 'ReferencePopulations1796662585844';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reference_populations" ("district_id" uuid NOT NULL, "year" smallint NOT NULL, "children" integer NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_reference_populations_year" CHECK ("year" BETWEEN 1990 AND 2100), CONSTRAINT "ck_reference_populations_children" CHECK ("children" > 0), CONSTRAINT "PK_8d72f65f40e4b7d013ad34d163c" PRIMARY KEY ("district_id", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_populations" ADD CONSTRAINT "FK_4794ab45379eba50bc4dc440f0a" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reference_populations" DROP CONSTRAINT "FK_4794ab45379eba50bc4dc440f0a"`,
    );
    await queryRunner.query(`DROP TABLE "reference_populations"`);
  }
}
