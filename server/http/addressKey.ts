import net from 'node:net';

/**
 * The key a client address is limited under: an IPv4 address as it is (also
 * when the socket reports it IPv4-mapped, `::ffff:192.0.2.1`), an IPv6
 * address by its /64, since one host commonly holds a whole /64 and could
 * otherwise take a fresh budget per address.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!net.isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address: zone dropped, a trailing dotted quad as two groups, `::` filled in. */
function expandIPv6(address: string): string[] {
  const bare = (address.split('%')[0] ?? '').toLowerCase().replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_all, a: string, b: string, c: string, d: string) => {
    const hex = (high: string, low: string) => ((Number(high) << 8) | Number(low)).toString(16);
    return `${hex(a, b)}:${hex(c, d)}`;
  });
  const [head = '', tail] = bare.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const filled = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return filled.map((group) => group.replace(/^0+(?=.)/, ''));
}
