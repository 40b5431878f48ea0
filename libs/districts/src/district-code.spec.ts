import { districtCode } from './district-code';

describe('districtCode', () => {
  it.each([
    ['Köln', 'koeln'],
    ['Mülheim an der Ruhr', 'muelheim-an-der-ruhr'],
    ['StädteRegion Aachen', 'staedteregion-aachen'],
    ['Rhein-Sieg-Kreis', 'rhein-sieg-kreis'],
    ['Düsseldorf', 'duesseldorf'],
  ])('derives a stable code from %s', (name, code) => {
    expect(districtCode(name)).toBe(code);
  });
});
