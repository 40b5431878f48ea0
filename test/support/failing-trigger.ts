import { type DataSource } from 'typeorm';
import { makeCase } from './builders';

/**
 * The birth year that makes a case's create fail after its row was written. The description
 * would read better, but it is stored encrypted, so a trigger cannot see it.
 */
export const FAIL_BIRTH_YEAR = new Date().getFullYear() - 17;

/** A case whose create fails midway once failCreatesMidway is in place. */
export function failingCase(facilityId: string, overrides: Record<string, unknown> = {}) {
  const body = makeCase(facilityId, overrides);
  return { ...body, child: { ...body.child, birthYear: FAIL_BIRTH_YEAR } };
}

/**
 * Makes the timeline insert of a case born in FAIL_BIRTH_YEAR raise an error: the create then
 * fails midway, after the Aktenzeichen was counted and the case row written. Returns the undo.
 */
export async function failCreatesMidway(dataSource: DataSource): Promise<() => Promise<void>> {
  await dataSource.query(`
    CREATE FUNCTION fail_marked_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND child_birth_year = ${FAIL_BIRTH_YEAR}) THEN
        RAISE EXCEPTION 'simulated failure';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER fail_marked_event BEFORE INSERT ON case_events
      FOR EACH ROW EXECUTE FUNCTION fail_marked_event();`);
  return async () => {
    await dataSource.query(
      'DROP TRIGGER fail_marked_event ON case_events; DROP FUNCTION fail_marked_event();',
    );
  };
}
