import { decodeText } from './decode-text';
import { normalizeText } from './normalize-text';

const TEXT = 'Date of Review:\tNovember 2018 – “Trust Board” £5\n';

describe('decoding .txt uploads', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])),
    ).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, little- and big-endian, and without one', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({
      text: TEXT,
      encoding: 'utf-16le',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: TEXT,
      encoding: 'utf-16be',
    });
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // 0x96 is an en dash, 0x93/0x94 curly quotes and 0xA3 the pound sign in Windows-1252.
    const bytes = Buffer.from([
      ...Buffer.from('Date of Review:\tNovember 2018 '),
      0x96,
      0x20,
      0x93,
      ...Buffer.from('Trust Board'),
      0x94,
      0x20,
      0xa3,
      0x35,
      0x0a,
    ]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('refuses binary bytes', () => {
    expect(
      decodeText(
        Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x41, 0x00, 0x10, 0x11]),
      ),
    ).toBeNull();
  });

  it('normalises line ends and invisible characters without adding or removing lines', () => {
    const text = 'Title\r\n\r\nDate:\u00a0May 2024  \rNext\u200b review\u000bSpring 2025';
    expect(normalizeText(text)).toBe('Title\n\nDate: May 2024\nNext review\nSpring 2025');
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });
});
