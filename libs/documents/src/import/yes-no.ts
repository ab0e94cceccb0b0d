const CHECKED = '(?:☒|☑|✓|✔|✅|■|\\[x\\]|\\(x\\))';
const UNCHECKED = '(?:☐|□|\\[ \\]|\\( \\))';

/**
 * Reads a yes/no answer as forms give it: "Yes", "N", "No - recommended", "Non-statutory",
 * and tick boxes either side of the words ("☒ Yes ☐ No", "Yes ☐ No ☒"). Null when unclear.
 */
export function readYesNo(value: string): boolean | null {
  const text = value.trim();
  const boxed = readBoxes(text);
  if (boxed !== undefined) return boxed;
  if (
    /^(?:non-?statutory|not (?:statutory|required|needed)|no\b|n\b|false\b|optional\b|recommended\b|good practice\b|n\/a\b|none\b)/i.test(
      text,
    )
  )
    return false;
  if (/^(?:yes\b|y\b|true\b|statutory\b|required\b|mandatory\b|✓|✔)/i.test(text)) return true;
  return null;
}

/** undefined when the value has no tick boxes at all. */
function readBoxes(text: string): boolean | null | undefined {
  if (!new RegExp(`${CHECKED}|${UNCHECKED}`, 'i').test(text)) return undefined;
  const boxFirst = new RegExp(`^${CHECKED}|^${UNCHECKED}`, 'i').test(text);
  const pattern = boxFirst
    ? new RegExp(`${CHECKED}\\s*(yes|no)\\b`, 'i')
    : new RegExp(`\\b(yes|no)\\s*${CHECKED}`, 'i');
  const m = pattern.exec(text);
  return m ? m[1].toLowerCase() === 'yes' : null;
}
