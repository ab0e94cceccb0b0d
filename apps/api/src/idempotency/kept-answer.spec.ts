import type { Request } from 'express';
import { answerToKeep } from './kept-answer';

const request = {
  method: 'POST',
  path: '/api/somewhere',
  route: { path: '/api/somewhere' },
} as unknown as Request;

describe('answerToKeep', () => {
  it('keeps an ordinary answer as it is', () => {
    const answer = { status: 201, body: { id: 'x', position: '7' } };
    expect(answerToKeep(answer, undefined, request)).toBe(answer);
  });

  it("keeps a marked route's answer only as a 410 problem that says why, with the route's advice", () => {
    const kept = answerToKeep(
      { status: 200, body: { secret: 'JBSWY3DP' } },
      { advice: 'Start again.' },
      request,
    );
    expect(kept.status).toBe(410);
    expect(kept.body).toMatchObject({ type: '/problems/idempotent-answer-not-kept', status: 410 });
    expect(JSON.stringify(kept.body)).not.toContain('JBSWY3DP');
    expect((kept.body as { detail: string }).detail).toMatch(
      /held a secret and is not kept.*Start again\.$/,
    );
  });

  it('does not keep an unmarked answer with a secret-looking text field either', () => {
    const kept = answerToKeep(
      { status: 201, body: { id: 'f', feed: { accessToken: 'tok-123' } } },
      undefined,
      request,
    );
    expect(kept.status).toBe(410);
    expect(JSON.stringify(kept.body)).not.toContain('tok-123');
  });
});
