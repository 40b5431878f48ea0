import { clientKey } from './client-address';

describe('the client key of a rate limit', () => {
  it('is an IPv4 address as it is, also when written as IPv6', () => {
    expect(clientKey('192.0.2.17')).toBe('192.0.2.17');
    expect(clientKey('::ffff:192.0.2.17')).toBe('192.0.2.17');
    expect(clientKey('::FFFF:192.0.2.17')).toBe('192.0.2.17');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const key = '2001:db8:1234:5678::/64';
    expect(clientKey('2001:db8:1234:5678::1')).toBe(key);
    expect(clientKey('2001:0db8:1234:5678:aaaa:bbbb:cccc:dddd')).toBe(key);
    expect(clientKey('2001:db8:1234:5678:0:0:192.0.2.1')).toBe(key);
    expect(clientKey('2001:db8:1234:5678::1%eth0')).toBe(key);
    expect(clientKey('2001:db8:1234:5679::1')).not.toBe(key);
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::')).toBe('fe80:0:0:0::/64');
  });

  it('puts whatever is no address under one key', () => {
    expect(clientKey(undefined)).toBe('unknown');
    expect(clientKey('')).toBe('unknown');
    expect(clientKey('not-an-address')).toBe('unknown');
    expect(clientKey('2001:db8::1::2')).toBe('unknown');
  });
});
