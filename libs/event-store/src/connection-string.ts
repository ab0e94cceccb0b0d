/**
 * The connection string with its password masked, for messages and logs:
 * esdb://admin:changeit@host:2113?tls=false -> esdb://admin:***@host:2113?tls=false.
 */
export function redactConnectionString(connectionString: string): string {
  const match = /^([a-z][a-z+]*:\/\/)([^/?#]*)(.*)$/is.exec(connectionString);
  if (!match) return connectionString;
  const [, scheme, authority, rest] = match;
  // The hosts follow the last @: a password may itself contain one.
  const at = authority.lastIndexOf('@');
  if (at < 0) return connectionString;
  const userInfo = authority.slice(0, at);
  const colon = userInfo.indexOf(':');
  const masked = colon < 0 ? userInfo : `${userInfo.slice(0, colon)}:***`;
  return `${scheme}${masked}${authority.slice(at)}${rest}`;
}
