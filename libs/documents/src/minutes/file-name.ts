import type { MinutesInputs } from '@governance/projections';
import { slug } from './format';

/** `minutes-inputs-oakwood-learning-trust-2027-spring.docx`, with the school for a school's pack. */
export function minutesFileName(inputs: MinutesInputs, extension: 'docx' | 'md' | 'json'): string {
  const school = inputs.body === 'local-governing-body' && inputs.schools[0] ? `-${slug(inputs.schools[0].school.name)}` : '';
  return `minutes-inputs-${slug(inputs.trust.name)}${school}-${inputs.term.id}.${extension}`;
}
