import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('writes columns in snake_case', () => {
    expect(naming.columnName('receivedAt', undefined, [])).toBe('received_at');
    expect(naming.columnName('id', undefined, [])).toBe('id');
  });

  it('prefixes embedded columns with their owner', () => {
    expect(naming.columnName('postalCode', undefined, ['address'])).toBe('address_postal_code');
    expect(naming.columnName('x', 'birth_year', ['child'])).toBe('child_birth_year');
  });

  it('names join columns after the relation', () => {
    expect(naming.joinColumnName('facility', 'id')).toBe('facility_id');
  });
});
