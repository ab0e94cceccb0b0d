import { TermCalendar } from '@governance/domain';
import { getJson, trustAdminToken } from './http-latency';
import type { RunningServer } from './server';
import { round } from './stats';

export interface PackFigures {
  term: string;
  /** GET .../terms/:term/minutes-inputs (JSON): the trust board's pack from the live read models, recorded. */
  liveMs: number;
  /** GET .../minutes-packs/:eventId?check=1: the same pack rebuilt from the log up to its position, and compared. */
  frozenMs: number;
  frozenMatches: boolean;
  /** GET .../schools/:schoolId/evidence-pack: one school's zip. */
  evidencePackMs: number;
  evidencePackMb: number;
}

/** The clerk's pack generated live, then rebuilt as circulated, and one school's evidence pack. */
export async function benchPacks(server: RunningServer, options: { trustId: string; schoolId: string; asOf: string }): Promise<PackFigures> {
  const auth = { authorization: `Bearer ${await trustAdminToken(server.url, options.trustId)}` };
  const trust = `${server.url}/api/trusts/${options.trustId}`;
  const term = TermCalendar.default.termOf(options.asOf);
  const timedFetch = async (url: string, headers: Record<string, string> = {}) => {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { headers: { ...auth, ...headers } });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${body.toString()}`);
    return { ms: round(Number(process.hrtime.bigint() - started) / 1e6, 1), response, body };
  };
  const live = await timedFetch(`${trust}/terms/${term}/minutes-inputs`, { accept: 'application/json' });
  const position = live.response.headers.get('x-position') ?? '0';
  const audit = (await getJson(`${trust}/audit?type=MinutesInputsGenerated&limit=1`, { ...auth, 'x-min-position': position })) as {
    items: { eventId: string }[];
  };
  const frozen = await timedFetch(`${trust}/minutes-packs/${audit.items[0].eventId}?check=1`);
  const evidence = await timedFetch(`${trust}/schools/${options.schoolId}/evidence-pack?asOf=${options.asOf}`);
  return {
    term,
    liveMs: live.ms,
    frozenMs: frozen.ms,
    frozenMatches: (JSON.parse(frozen.body.toString()) as { matches: boolean }).matches,
    evidencePackMs: evidence.ms,
    evidencePackMb: round(evidence.body.length / 1e6, 1),
  };
}
