// The web app's one way to the API: a client typed by the API's own OpenAPI document
// (api-schema.ts, written by `npm run api:client`), so that a changed route breaks the build,
// not the user. Same origin, the HttpOnly session cookie, and the CSRF token (a cookie the
// page may read, not a credential) in X-CSRF-Token on every change.
import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';

export type Schemas = components['schemas'];

/** An answer of the API that is not 2xx, with its German message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

function csrfToken(): string | undefined {
  const cookie = document.cookie
    .split('; ')
    .find((c) => c.startsWith('teilhabe_csrf='))
    ?.slice('teilhabe_csrf='.length);
  return cookie === undefined ? undefined : decodeURIComponent(cookie);
}

export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  // The API reads lists as comma-separated values (status=received,assessing).
  querySerializer: { array: { style: 'form', explode: false } },
});

client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const csrf = csrfToken();
      if (csrf) request.headers.set('x-csrf-token', csrf);
    }
    return request;
  },
});

type Answer = { data?: unknown; error?: unknown; response: Response };

/** The data of an answer, or an ApiError with the API's German message and field errors. */
export async function call<A extends Answer>(pending: Promise<A>): Promise<NonNullable<A['data']>> {
  let answer: A;
  try {
    answer = await pending;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(
      0,
      'network',
      'Der Server ist nicht erreichbar. Bitte später erneut versuchen.',
    );
  }
  if (answer.response.ok) return answer.data as NonNullable<A['data']>;
  const error = (answer.error ?? {}) as Partial<Schemas['ErrorResponse']>;
  throw new ApiError(
    answer.response.status,
    error.code ?? 'error',
    error.message ?? `Die Anfrage ist fehlgeschlagen (${answer.response.status}).`,
    error.errors ?? [],
  );
}
