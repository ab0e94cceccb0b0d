import { Inject, Injectable } from '@nestjs/common';
import type { AuditItem } from '@governance/contracts';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { AuditTrailQuery, PolicyRegisterQuery, SchoolsQuery } from '@governance/projections';
import { Actor } from '../auth/actor';
import { Clock } from '../clock/clock';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { PersonNames } from '../minutes/person-names';
import { ChainVerifier } from '../tamper-evidence/chain-verifier';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { happenedOn } from './pack-entries';
import { PackFacts, packFiles } from './pack-files';
import { sealPack } from './pack-manifest';

export interface BuiltPack {
  zip: Buffer;
  manifestSha256: string;
  position: string;
  schoolName: string;
}

/** Gathers a school's evidence pack from the read models, the log and the chain check, and seals it. */
@Injectable()
export class EvidencePackBuilder {
  constructor(
    private readonly registers: PolicyRegisterQuery,
    private readonly schools: SchoolsQuery,
    private readonly audit: AuditTrailQuery,
    private readonly verifier: ChainVerifier,
    private readonly calendars: TrustCalendars,
    private readonly names: PersonNames,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async build(trustId: string, schoolId: string, asOf: string, actor: Actor): Promise<BuiltPack> {
    const trust = this.schools.trust(trustId);
    const school = this.schools.schoolsOf(trustId).find((s) => s.id === schoolId);
    // The guard found them in the log; the read models have not caught up yet.
    if (!trust || !school) throw new ProblemException(problem(404, `School ${schoolId} was not found.`, { type: problemType('not-found') }));
    const nameOf = this.names.forTrust(trustId);
    const head = await this.head(trustId);
    const register = this.registers.schoolRegister(trustId, schoolId, asOf, await this.calendars.calendarOf(trustId));
    const recorded = await this.recorded(trustId, schoolId, register.map((row) => row.policyId), head?.position);
    // The chains of the streams the pack's entries come from (and the head's): not every
    // other school's, which a pack about this school does not draw on.
    const streams = new Set([...recorded.map((item) => item.streamId), ...(head ? [head.streamId] : [])]);
    const facts: PackFacts = {
      trustName: trust.name,
      school: { id: school.id, name: school.name },
      asOf,
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { id: actor.actorId, name: nameOf(actor.actorId) },
      register,
      entries: recorded.filter((item) => happenedOn(item) <= asOf),
      verification: await this.verifier.verify(trustId, undefined, streams),
      head,
      nameOf,
    };
    const position = head?.position ?? '0';
    const { zip, manifestSha256 } = sealPack(packFiles(facts), {
      trustId,
      schoolId,
      schoolName: school.name,
      asOf,
      generatedAt: facts.generatedAt,
      generatedBy: facts.generatedBy,
      position,
    });
    return { zip, manifestSha256, position, schoolName: school.name };
  }

  /** The trust's last event: its position and chain hash, the point the pack covers. */
  private async head(trustId: string): Promise<PackFacts['head']> {
    const [last] = (await this.audit.page(trustId, { limit: 1 })).items;
    if (!last) return null;
    const revision = last.eventId === null ? undefined : this.audit.locate(trustId, last.eventId)?.revision;
    const [event] = revision === undefined ? [] : await this.store.readStream(last.streamId, { fromRevision: revision, maxCount: 1 });
    const hash = event && typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
    return { position: last.position, streamId: last.streamId, revision: revision ?? -1, hash };
  }

  /**
   * The school's entries and the trust's own entries about the school's policies (approvals,
   * trust reviews), oldest first, up to the head (whatever day they happened).
   */
  private async recorded(trustId: string, schoolId: string, policyIds: readonly string[], upTo: string | undefined): Promise<AuditItem[]> {
    if (upTo === undefined) return [];
    const school = await this.all(trustId, { schoolId });
    // Only the trust's own rows of each policy: not every school's, read and dropped.
    const trustLevel = (await Promise.all(policyIds.map((policyId) => this.all(trustId, { policyId, trustLevel: true })))).flat();
    return [...school, ...trustLevel]
      .filter((item) => BigInt(item.position) <= BigInt(upTo))
      .sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1));
  }

  private async all(trustId: string, filters: { schoolId?: string; policyId?: string; trustLevel?: boolean }): Promise<AuditItem[]> {
    const items: AuditItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.audit.page(trustId, { ...filters, order: 'oldest', limit: 500, cursor });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return items;
  }
}
