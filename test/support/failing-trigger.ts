import { type DataSource } from 'typeorm';

/** The description that makes a case's create fail after its row was written. */
export const FAIL_MARK = 'FAIL-ME';

/**
 * Makes the timeline insert of a case described as FAIL_MARK raise an error: the create then
 * fails midway, after the Aktenzeichen was counted and the case row written. Returns the undo.
 */
export async function failCreatesMidway(dataSource: DataSource): Promise<() => Promise<void>> {
  await dataSource.query(`
    CREATE FUNCTION fail_marked_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND description = '${FAIL_MARK}') THEN
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
