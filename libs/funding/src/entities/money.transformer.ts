import { type ValueTransformer } from 'typeorm';

/** A bigint column of cents read as a JavaScript number (exact: amounts stay far below 2^53). */
export const cents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
    return n;
  },
};
