import { TextEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a plain-text upload: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise UTF-16 without
 * a BOM is recognised by its zero bytes, then strict UTF-8, and Windows-1252 (what Notepad
 * and older Word "Save as text" wrote in English schools) when the bytes are not UTF-8.
 * Returns null for bytes that are not text at all.
 */
export function decodeText(bytes: Buffer): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return checked(new TextDecoder(utf16).decode(bytes), utf16);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return checked(decodeWindows1252(bytes), 'windows-1252');
  }
}

/** 0x80-0x9F of Windows-1252 (Node's TextDecoder reads them as Latin-1 control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** English text in UTF-16 has a zero byte in every other position. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

/** Control characters other than tab, newlines and form feed mean a binary file. */
function checked(text: string, encoding: TextEncoding): DecodedText | null {
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.001)) return null;
  return { text, encoding };
}
