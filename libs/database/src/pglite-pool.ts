import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex';
import { PGliteDriver } from 'typeorm-pglite';

type Callback = (error: Error | null, client?: unknown, done?: () => void) => void;
type PoolClass = new () => { connect(callback: Callback): Promise<void> };

/** How long a caller waits for the embedded database before it gives up with an error. */
export const PGLITE_LOCK_TIMEOUT_MS = 30_000;

/**
 * A TypeORM driver for PGlite that lets one query runner at a time use the database.
 *
 * typeorm-pglite hands the same PGlite session to every caller, so two transactions would run
 * interleaved in one session: a ROLLBACK in one would undo the other's writes and a COMMIT
 * would publish them early. Here the pool behaves like a real pool with a single connection:
 * `connect` waits until the previous query runner released it, so transactions run one after
 * the other. The embedded database serves one office's trial use, not production load.
 */
export function serializedPGliteDriver(dataDir: string): { Pool: PoolClass } {
  const base = new PGliteDriver({ dataDir }).driver as unknown as { Pool: PoolClass };
  const mutex = withTimeout(new Mutex(), PGLITE_LOCK_TIMEOUT_MS);

  class SerializedPGlitePool extends base.Pool {
    override async connect(callback: Callback): Promise<void> {
      let release: () => void;
      try {
        release = once(await mutex.acquire());
      } catch (error) {
        callback(
          error === E_TIMEOUT
            ? new Error(
                `The embedded database stayed busy for ${PGLITE_LOCK_TIMEOUT_MS / 1000} s; a transaction did not finish.`,
              )
            : (error as Error),
        );
        return;
      }
      await super.connect((error, client) => {
        if (error) {
          release();
          callback(error);
        } else {
          callback(null, client, release);
        }
      });
    }
  }
  return { Pool: SerializedPGlitePool };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/**
 * PGlite's files must be opened by one process only. A lock file beside the data directory
 * makes a second process (a second `npm start`, or a seed while the API runs) stop with a clear
 * message instead of damaging the data.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(path, 'utf8'));
    if (holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder}. ` +
          'Stop that process first: only one process at a time can open the embedded database.',
        { cause: error },
      );
    }
    writeFileSync(path, String(process.pid));
  }
  return () => {
    try {
      if (existsSync(path) && Number(readFileSync(path, 'utf8')) === process.pid) unlinkSync(path);
    } catch {
      // The lock is only advisory; a leftover file is taken over by the next start.
    }
  };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
