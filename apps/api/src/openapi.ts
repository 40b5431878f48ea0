import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from '@teilhabe/common';

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponse' };

/**
 * The OpenAPI document of every route, answers included: the web app's typed client is
 * generated from it (`npm run api:client`), and the tests hold every answer to it.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Teilhabe API')
    .setDescription(
      'Fallakte des Landesjugendamts zum Ausschluss von Kindern mit (drohender) Behinderung ' +
        'aus Kita und OGS: Beschwerden, Träger, Einrichtungen, Bezirke.',
    )
    .setVersion('1')
    // Not addBearerAuth(): it declares every bearer token a JWT.
    .addSecurity('bearer', {
      type: 'http',
      scheme: 'bearer',
      description:
        'Opaque access token from POST /api/v1/auth/login (15 minutes; renew with ' +
        'POST /api/v1/auth/refresh). Not a JWT: it means nothing without the server.',
    })
    .addSecurityRequirements('bearer')
    .build();
  const doc = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] });
  // Some errors carry details of their own (the allowed next states, until when an account is
  // locked): the error shape is open.
  const errorSchema = doc.components?.schemas?.ErrorResponse;
  if (errorSchema && !('$ref' in errorSchema)) errorSchema.additionalProperties = true;
  // Every error has one shape (ErrorResponse): said once here rather than on every route.
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses.default ??= {
        description: 'Fehler (4xx, 5xx), mit deutscher Meldung',
        content: { 'application/json': { schema: ERROR_SCHEMA } },
      };
    }
  }
  return doc;
}
