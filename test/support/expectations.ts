import type { Response } from 'supertest';

interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The answer is a 400 that names `field` (and, if given, the reason code). */
export function expectFieldError(res: Response, field: string, code?: string): FieldError {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('validation_failed');
  expect(res.body.message).toContain(field);
  const error = (res.body.errors as FieldError[]).find((e) => e.field === field);
  if (!error) {
    throw new Error(`no error for ${field}; got ${JSON.stringify(res.body.errors)}`);
  }
  if (code) expect(error.code).toBe(code);
  expect(error.message).toEqual(expect.any(String));
  return error;
}
