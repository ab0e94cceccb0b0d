/**
 * The roles a policy gives responsibilities to, as ids. Generic groups every policy names
 * (staff, pupils, parents) are left out: they say nothing about who governs the policy.
 */
export const ROLES: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  {
    id: 'headteacher',
    pattern:
      /(?<!deputy |assistant |deputy-)\b(?:head\s?teacher|head of school|executive head)s?\b/i,
  },
  // "principal" is also an adjective; only the capitalised title counts.
  {
    id: 'headteacher',
    pattern: /(?<![Dd]eputy |[Aa]ssistant |[Vv]ice )\b(?:Principal|PRINCIPAL)s?\b/,
  },
  { id: 'deputy-headteacher', pattern: /\b(?:deputy|assistant) head(?:\s?teacher)?s?\b/i },
  {
    id: 'senior-leadership-team',
    pattern: /\bsenior (?:leadership|management) team\b|\bSLT\b|\bSMT\b/,
  },
  { id: 'coordinator', pattern: /\b(?:policy |subject )?co-?ordinator\b/i },
  { id: 'link-governor', pattern: /\blink governors?\b/i },
  { id: 'nominated-governor', pattern: /\bnominated governors?\b/i },
  { id: 'nominated-director', pattern: /\bnominated (?:director|trustee)s?\b/i },
  { id: 'safeguarding-governor', pattern: /\bsafeguarding (?:governor|trustee|director)s?\b/i },
  { id: 'send-governor', pattern: /\bSEND?\s+(?:governor|trustee)s?\b/ },
  {
    id: 'equalities-lead',
    pattern: /\bequalit(?:y|ies) (?:governor|manager|lead|co-?ordinator|officer)s?\b/i,
  },
  {
    id: 'designated-safeguarding-lead',
    pattern: /\bdesignated (?:safeguarding|senior) (?:lead|person|officer)s?\b|\bDSLs?\b/i,
  },
  {
    id: 'e-safety-lead',
    pattern: /\b(?:e-?safety|online safety) (?:lead|co-?ordinator|officer)s?\b/i,
  },
  { id: 'senco', pattern: /\bSENCO\b|\bspecial educational needs co-?ordinator\b|\bSENDCO\b/i },
  { id: 'data-protection-officer', pattern: /\bdata protection officers?\b|\bDPO\b/ },
  { id: 'business-manager', pattern: /\b(?:school )?business (?:manager|leader)s?\b/i },
  { id: 'ict-manager', pattern: /\b(?:ICT|IT|network) manager\b/i },
  {
    id: 'chair-of-governors',
    pattern:
      /\bchair (?:of (?:the )?)?(?:governors|governing (?:body|board)|directors|trustees|the board|trust board)\b/i,
  },
  {
    id: 'clerk',
    pattern:
      /\bclerk(?: to (?:the )?(?:governors|governing (?:body|board)|board))?\b|\bgovernance professional\b/i,
  },
  { id: 'school-council', pattern: /\bschool council\b/i },
  {
    id: 'governing-body',
    pattern: /\b(?:full |local )?governing (?:body|board)\b|\bFGB\b|\bLGB\b/i,
  },
  {
    id: 'trust-board',
    pattern:
      /\btrust(?:ee)? board\b|\bboard of (?:trustees|directors)\b|\btrustees\b|\bdirectors\b/i,
  },
  { id: 'ceo', pattern: /\bchief executive(?: officer)?\b|\bCEO\b/ },
];

export interface RoleMention {
  id: string;
  /** 0-based line index of the first mention. */
  index: number;
}

/** Each role the text names, once, in the order of first mention. */
export function readRoles(lines: readonly string[]): RoleMention[] {
  const found: Array<RoleMention & { at: number }> = [];
  for (const { id, pattern } of ROLES) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) found.push({ id, index, at: pattern.exec(lines[index])?.index ?? 0 });
  }
  found.sort((a, b) => a.index - b.index || a.at - b.at);
  return found
    .filter((role, n) => found.findIndex((other) => other.id === role.id) === n)
    .map(({ id, index }) => ({ id, index }));
}
