/**
 * The one text form every extractor returns and detection reads: `\n` line ends, no
 * trailing spaces, no invisible characters. Lines are neither added nor removed (beyond
 * turning other line separators into `\n`), so for a .txt file the line numbers cited in
 * sources are those of the file. Idempotent.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      // Word's "save as text" writes manual line breaks as \v and page breaks as \f.
      // eslint-disable-next-line no-control-regex
      .replace(/\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '')
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
  );
}
