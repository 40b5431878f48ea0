// npm run crypto:keygen: prints fresh keys for the environment of a production set-up.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { randomBytes } from 'node:crypto';
import { generateKey } from '@teilhabe/crypto';
import { runCli } from './cli';

runCli({
  usage: 'npm run crypto:keygen',
  description:
    'Prints a fresh ENCRYPTION_KEYS entry (dated key id) and a BLIND_INDEX_KEY for the ' +
    'environment of a production set-up; touches nothing.',
  options: {},
  run: () => {
    const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`;
    console.log(`ENCRYPTION_KEYS=${generateKey(id)}`);
    console.log(`BLIND_INDEX_KEY=${randomBytes(32).toString('base64')}`);
    console.error(
      'To rotate: put the new id:key first in ENCRYPTION_KEYS and keep the old pair after it, ' +
        'restart, run npm run crypto:rotate, then remove the old pair. Never change BLIND_INDEX_KEY.',
    );
  },
});
