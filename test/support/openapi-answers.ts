import { type OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type NextFunction, type Request, type Response } from 'express';

/** One JSON answer of the API as a client received it. */
interface Answer {
  method: string;
  /** The route's path as Express matched it (`/api/v1/cases/:id`), if one matched. */
  route: string | undefined;
  url: string;
  status: number;
  body: unknown;
}

type Schema = Record<string, unknown>;

/**
 * Records every JSON answer of a test app, so that the tests can hold each one to the OpenAPI
 * document: every answer of every test is then a test of the document the web app's client is
 * generated from.
 */
export class AnswerRecorder {
  private readonly answers: Answer[] = [];

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      // Routers mounted by others (the queue dashboard's) answer in shapes of their own.
      if (req.baseUrl) return json(body);
      this.answers.push({
        method: req.method.toLowerCase(),
        route: (req.route as { path?: string } | undefined)?.path,
        url: req.originalUrl,
        status: res.statusCode,
        // As the client reads it: dates as strings, undefined fields gone.
        body: body === undefined ? undefined : JSON.parse(JSON.stringify(body)),
      });
      return json(body);
    };
    next();
  };

  /** What in the recorded answers the document does not describe; empty when all fit. */
  mismatches(doc: OpenAPIObject): string[] {
    const check = new AnswerChecker(doc);
    return this.answers.flatMap((a) => check.problems(a));
  }
}

class AnswerChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<Schema, ValidateFunction>();
  private readonly components: Schema;

  constructor(private readonly doc: OpenAPIObject) {
    addFormats(this.ajv);
    // A field the document does not name is drift too: objects are closed for the check.
    this.components = closeObjects(structuredClone(doc.components ?? {})) as Schema;
  }

  problems(a: Answer): string[] {
    const path = a.route?.replace(/:(\w+)/g, '{$1}');
    const at = `${a.method.toUpperCase()} ${path ?? a.url} → ${a.status}`;
    const operation = path
      ? ((this.doc.paths[path] as Record<string, unknown> | undefined)?.[a.method] as
          | { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }
          | undefined)
      : undefined;
    const response = operation?.responses[String(a.status)];
    if (a.status >= 400 && !response) {
      return this.validate({ $ref: '#/components/schemas/ErrorResponse' }, a.body, at);
    }
    if (!path) return [`${at}: answered JSON outside any route`];
    if (!operation) return [`${at}: ${a.method.toUpperCase()} ${path} is not in the document`];
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) return [`${at}: the document describes no JSON answer ${a.status} here`];
    return this.validate(schema, a.body, at);
  }

  private validate(schema: Schema, body: unknown, at: string): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile({
        ...(closeObjects(structuredClone(schema)) as Schema),
        components: this.components,
      });
      this.compiled.set(schema, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${at}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }
}

/**
 * Sets additionalProperties: false on every object schema that lists its properties, and reads
 * `nullable` beside `allOf` (how Nest writes a nullable reference) as OpenAPI 3.0 tools do: the
 * value may also be null.
 */
function closeObjects(root: unknown): unknown {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const schema = node as Schema;
    if (schema.nullable === true && Array.isArray(schema.allOf)) {
      schema.anyOf = [{ type: 'null' }, { allOf: schema.allOf }];
      delete schema.allOf;
      delete schema.type;
      delete schema.nullable;
    }
    if (
      !Array.isArray(node) &&
      typeof schema.properties === 'object' &&
      !('additionalProperties' in schema)
    ) {
      schema.additionalProperties = false;
    }
    stack.push(...Object.values(schema));
  }
  return root;
}
