import { isIPv6 } from 'node:net';

/**
 * The address that sign-in limits count against. IPv4 as it is (an IPv4-mapped IPv6 address
 * is the same client as its IPv4 form). IPv6 by its /64 network: one household or server is
 * given at least a /64 and can use any address in it, so a single IPv6 address limits nothing.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without zone or embedded IPv4 tail. */
function expandIPv6(ip: string): string[] {
  const address = ip.split('%')[0].toLowerCase();
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const groupsOf = (part: string | undefined) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ipv4Groups(group) : [group])) : [];
  const left = groupsOf(head);
  const right = groupsOf(tail);
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => (parseInt(group, 16) || 0).toString(16));
}

function ipv4Groups(dotted: string): string[] {
  const [a, b, c, d] = dotted.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
