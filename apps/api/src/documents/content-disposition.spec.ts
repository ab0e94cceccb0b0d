import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives an ASCII name as it is, in both forms', () => {
    expect(attachmentDisposition('Safeguarding v2.docx')).toBe(`attachment; filename="Safeguarding v2.docx"; filename*=UTF-8''Safeguarding%20v2.docx`);
  });

  it('encodes a non-ASCII name for filename* and stands in for it in filename', () => {
    expect(attachmentDisposition('Politique d’école – 2026.pdf')).toBe(
      `attachment; filename="Politique d__cole _ 2026.pdf"; filename*=UTF-8''Politique%20d%E2%80%99%C3%A9cole%20%E2%80%93%202026.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or a new line', () => {
    expect(attachmentDisposition('a"b\\c\r\nSet-Cookie: x.txt')).toBe(`attachment; filename="abc__Set-Cookie: x.txt"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.txt`);
  });
});
