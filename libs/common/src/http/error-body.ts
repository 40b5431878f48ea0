import { type FieldError } from '../errors';

/** The one shape of every error answer. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  requestId?: string;
  [detail: string]: unknown;
}

const GENERIC: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: 'Die Anfrage ist ungültig.' },
  401: { code: 'unauthorized', message: 'Bitte melden Sie sich an.' },
  403: { code: 'forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' },
  404: { code: 'not_found', message: 'Diese Adresse gibt es nicht.' },
  405: { code: 'method_not_allowed', message: 'Diese Methode ist hier nicht erlaubt.' },
  406: { code: 'not_acceptable', message: 'Dieses Antwortformat wird nicht angeboten.' },
  409: { code: 'conflict', message: 'Die Anfrage steht im Widerspruch zum aktuellen Stand.' },
  413: { code: 'payload_too_large', message: 'Der Anfragetext ist zu groß.' },
  415: { code: 'unsupported_media_type', message: 'Dieses Format wird nicht angenommen.' },
  422: { code: 'unprocessable', message: 'Die Anfrage kann so nicht verarbeitet werden.' },
  429: { code: 'too_many_requests', message: 'Zu viele Anfragen. Bitte warten Sie kurz.' },
  500: { code: 'internal_error', message: 'Ein interner Fehler ist aufgetreten.' },
  503: { code: 'unavailable', message: 'Der Dienst ist vorübergehend nicht verfügbar.' },
};

export function genericError(status: number): { code: string; message: string } {
  return GENERIC[status] ?? (status >= 500 ? GENERIC[500] : GENERIC[400]);
}
