import { negotiate } from './accept';

const offers = [
  { format: 'json', type: 'application/json' },
  { format: 'markdown', type: 'text/markdown' },
  { format: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
] as const;
const pick = (accept?: string) => negotiate(accept, offers);

describe('negotiate', () => {
  it('serves the first offer when the client accepts anything', () => {
    expect(pick(undefined)).toBe('json');
    expect(pick('')).toBe('json');
    expect(pick('*/*')).toBe('json');
  });

  it('serves the type asked for, with parameters and in any case', () => {
    expect(pick('text/markdown')).toBe('markdown');
    expect(pick('Text/Markdown; charset=utf-8')).toBe('markdown');
    expect(pick('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
    expect(pick('text/*')).toBe('markdown');
  });

  it('follows quality values, then the order the client gave', () => {
    expect(pick('application/json;q=0.5, text/markdown')).toBe('markdown');
    expect(pick('text/markdown, application/json')).toBe('markdown');
    expect(pick('application/json, text/markdown')).toBe('json');
    expect(pick('*/*;q=0.1, application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
    // A browser's navigation header: HTML is not offered, so the wildcard picks the first offer.
    expect(pick('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('json');
  });

  it('refuses what is excluded or not offered', () => {
    expect(pick('text/html')).toBeNull();
    expect(pick('application/pdf, image/*')).toBeNull();
    expect(pick('application/json;q=0, text/markdown;q=0')).toBeNull();
    expect(pick('*/*, application/json;q=0, text/markdown;q=0')).toBe('docx');
    expect(pick('garbage')).toBeNull();
    expect(pick('text/markdown;q=2')).toBeNull();
  });
});
