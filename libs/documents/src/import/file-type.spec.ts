import { kindFromName, sniffFileType } from './file-type';

describe('file types', () => {
  it('reads the kind from the name, case-insensitively', () => {
    expect(kindFromName('Policy.DOCX')).toEqual({ kind: 'docx', extension: 'docx' });
    expect(kindFromName('policy.final.pdf')).toEqual({ kind: 'pdf', extension: 'pdf' });
    expect(kindFromName('policy.doc')).toEqual({ kind: null, extension: 'doc' });
    expect(kindFromName('policy')).toEqual({ kind: null, extension: '' });
  });

  it('sniffs what the bytes really are', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffFileType(Buffer.from('PK\x03\x04....word/document.xml', 'latin1'))).toBe('docx');
    expect(sniffFileType(Buffer.from('PK\x03\x04....xl/workbook.xml', 'latin1'))).toBe('xlsx');
    expect(sniffFileType(Buffer.from('PK\x03\x04....notes.txt', 'latin1'))).toBe('zip');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniffFileType(ole)).toBe('ole');
    expect(sniffFileType(Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]))).toBe(
      'ole-encrypted',
    );
    expect(sniffFileType(Buffer.from('{\\rtf1\\ansi'))).toBe('rtf');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image',
    );
    expect(sniffFileType(Buffer.from('Anti-bullying Policy'))).toBe('text');
  });
});
