import { throttleAddress } from './client-address';

describe('throttleAddress', () => {
  it('keeps an IPv4 address, and reads an IPv4-mapped IPv6 address as its IPv4 form', () => {
    expect(throttleAddress('203.0.113.9')).toBe('203.0.113.9');
    expect(throttleAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(throttleAddress('::FFFF:203.0.113.9')).toBe('203.0.113.9');
  });

  it('groups IPv6 addresses by their /64 network, however they are written', () => {
    const network = '2001:db8:abcd:12::/64';
    expect(throttleAddress('2001:db8:abcd:12::1')).toBe(network);
    expect(throttleAddress('2001:0db8:abcd:0012:ffff:1:2:3')).toBe(network);
    expect(throttleAddress('2001:DB8:ABCD:12:0:0:0:99')).toBe(network);
    expect(throttleAddress('2001:db8:abcd:13::1')).not.toBe(network);
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('passes anything else through, so the limits still count it', () => {
    expect(throttleAddress('unknown')).toBe('unknown');
  });
});
