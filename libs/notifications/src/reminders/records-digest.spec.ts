import { digestEmail } from './reminder-email';
import { recordInWords } from './records-digest';

describe('governor records in the weekly digest', () => {
  it('words a declaration and safeguarding training, made or never made', () => {
    expect(recordInWords({ record: 'declaration', status: 'due', by: '2026-12-10', last: '2025-12-10' })).toBe(
      'Declaration of interests due: the last was made on 10 December 2025, to be renewed by 10 December 2026.',
    );
    expect(recordInWords({ record: 'declaration', status: 'overdue', by: null, last: null })).toBe('Declaration of interests overdue: never made.');
    expect(recordInWords({ record: 'safeguarding', status: 'due', by: '2027-01-10', last: '2024-01-10' })).toBe(
      'Safeguarding training due: the last was on 10 January 2024, it counts until 10 January 2027.',
    );
    expect(recordInWords({ record: 'safeguarding', status: 'overdue', by: null, last: null })).toBe('Safeguarding training overdue: none recorded.');
  });

  it("gives the person their own records to renew and the clerk the governors' records to chase, by name", () => {
    const digest = digestEmail({
      trustName: 'Oak Learning Trust',
      asOf: '2026-11-23',
      items: [],
      records: [{ record: 'declaration', status: 'overdue', by: null, last: null }],
      recordsToChase: [
        { name: 'Tara Trustee', record: 'declaration', status: 'due', by: '2026-12-10', last: '2025-12-10' },
        { name: 'Nia Never', record: 'safeguarding', status: 'overdue', by: null, last: null },
      ],
    });
    expect(digest.subject).toBe('Governor records this week: 1 record to renew, 2 records to chase');
    expect(digest.text).toContain('Your records to renew (1), in the governance tracker or through your clerk:\n  - Declaration of interests overdue: never made.\n');
    expect(digest.text).toContain(
      'Governor and trustee records to chase (2):\n  - Nia Never: Safeguarding training overdue: none recorded.\n  - Tara Trustee: Declaration of interests due: the last was made on 10 December 2025, to be renewed by 10 December 2026.\n',
    );
  });
});
