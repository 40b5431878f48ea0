import { stopAllProcesses } from './process';

// End-to-end tests start databases, applications and processes: give them time.
jest.setTimeout(60_000);

// A process left running by a failed test must not disturb the next one.
afterAll(() => stopAllProcesses());
