import { EXTRACTION_LIMITS, extractInWorker } from '@teilhabe/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../libs/contracts/src/extraction/fixtures', name));

describe('reading documents in a worker thread', () => {
  const limits = { ...EXTRACTION_LIMITS };
  afterEach(() => Object.assign(EXTRACTION_LIMITS, limits));

  it('returns the text of a PDF, and the extraction errors in German', async () => {
    await expect(extractInWorker(fixture('text.pdf'), 'vertrag.pdf')).resolves.toMatchObject({
      kind: 'pdf',
      text: expect.stringContaining('Integrationskraft'),
    });
    await expect(extractInWorker(fixture('encrypted.pdf'), 'vertrag.pdf')).rejects.toMatchObject({
      code: 'encrypted_pdf',
      message: expect.stringContaining('Kennwort'),
    });
  });

  it('stops a document that takes too long and says so, instead of blocking the API', async () => {
    EXTRACTION_LIMITS.timeoutMs = 1;
    await expect(extractInWorker(fixture('two-pages.pdf'), 'vertrag.pdf')).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/„vertrag\.pdf“ ist zu aufwendig zu lesen/),
    });
  });

  it('stops a document that needs more memory than allowed', async () => {
    EXTRACTION_LIMITS.heapMb = 8;
    const big = Buffer.from('Vertragstext und noch mehr Vertragstext.\n'.repeat(400_000));
    await expect(extractInWorker(big, 'gross.txt')).rejects.toMatchObject({ code: 'too_large' });
  });
});
