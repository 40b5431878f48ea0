// npm run api:client: writes the web app's API types from the OpenAPI document.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { CLIENT_TYPES_FILE, currentDocument, renderClientTypes } from './api-schema';
import { runCli } from './cli';

runCli({
  usage: 'npm run api:client',
  description:
    'Writes the types of the web app’s API client (apps/web/src/api-schema.ts) from the ' +
    'OpenAPI document of the API; run it after changing a route, a DTO or an answer.',
  options: {},
  run: async () => {
    await writeFile(CLIENT_TYPES_FILE, await renderClientTypes(await currentDocument()));
    console.log(`wrote ${relative(process.cwd(), CLIENT_TYPES_FILE)}`);
  },
});
