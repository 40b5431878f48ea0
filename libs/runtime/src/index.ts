/*
 * Imported first by every entry point (API, worker, command line, benchmarks), before anything
 * else is loaded: on a Node.js older than the project's, the next import would fail with an
 * unrelated error (NestJS's packages need Node 24's require(esm)). The machine's own Node may
 * well be older; the project brings its own through the npm package `node`.
 */
export const REQUIRED_NODE_MAJOR = 24;

const found = process.versions.node;
if (Number(found.split('.')[0]) < REQUIRED_NODE_MAJOR) {
  process.stderr.write(
    `Teilhabe needs Node.js ${REQUIRED_NODE_MAJOR}, this is ${found}. The project brings it as ` +
      'the npm package "node": run "npm ci" once, then "npm run <script>" or ' +
      '"node_modules/.bin/node dist/…".\n',
  );
  process.exit(1);
}
