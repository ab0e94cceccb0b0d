import { InvalidValueError } from '../shared/domain-error';
import { optionalText, TextLimits } from './text';

const WEB_SCHEMES = ['http:', 'https:'];

/**
 * An optional link to a web page or document: http or https only, so a stored link can never
 * be a `javascript:` or `data:` URL that runs when someone opens it. Absent or blank is null.
 */
export function optionalWebLink(value: unknown, field: string, limits: TextLimits = {}): string | null {
  const link = optionalText(value, field, limits);
  if (link === null) return null;
  if (/\s/.test(link)) throw new InvalidValueError(field, `${field} must be a link without spaces.`);
  if (!isWebLink(link)) {
    throw new InvalidValueError(
      field,
      `${field} must be a web link starting with https:// or http://, e.g. https://sharepoint.example.org/policies/safeguarding.docx.`,
    );
  }
  return link;
}

function isWebLink(link: string): boolean {
  if (!/^https?:\/\//i.test(link)) return false;
  try {
    const url = new URL(link);
    return WEB_SCHEMES.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}
