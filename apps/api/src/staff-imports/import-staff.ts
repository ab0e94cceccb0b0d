import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, PersonCommand, requireCleanStaffList, staffEmailKey, staffImportDecider, staffImportStream, streamIds } from '@governance/domain';
import type { StaffImportPerson, StaffImportReport } from '@governance/contracts';
import { RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { CommandExecutor, CommandOrigin } from '../commands/command-executor';
import { JobTitles } from '../directory/job-titles';
import { PeopleDirectory } from '../directory/people-directory';
import { newEntityId } from '../idempotency/idempotent-run';
import { TrustReader } from '../trusts/trust-reader';
import { commandOrigin, routeTrustId } from '../trusts/write-answer';
import { StaffImportPlan, StaffImportPlanQuery, staffImportReport } from './staff-import-plan';

/** Applies a school's staff list: adds, updates and ends the staff role as the dry run said. */
export class ImportStaffCommand extends Command<StaffImportReport> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly file: Uint8Array,
    readonly applyCleanLines: boolean,
  ) {
    super();
  }
}

/**
 * One append per person (PersonRegistered with RoleGranted in one), then StaffListImported.
 * Each step is decided on the state it finds, so a run cut short is finished by applying the
 * same file again, and a file already applied appends nothing.
 */
@CommandHandler(ImportStaffCommand)
export class ImportStaffHandler implements ICommandHandler<ImportStaffCommand> {
  constructor(
    private readonly plans: StaffImportPlanQuery,
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly jobTitles: JobTitles,
    private readonly trusts: TrustReader,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, schoolId, file, applyCleanLines }: ImportStaffCommand): Promise<StaffImportReport> {
    const trustId = routeTrustId(origin);
    const plan = await this.plans.execute(trustId, schoolId, file);
    requireCleanStaffList(plan.problems, applyCleanLines);
    const trust = await this.trusts.load(trustId);
    const activeSchoolIds = trust.exists ? trust.schools.map((school) => school.schoolId) : [];
    const eventOrigin = commandOrigin(origin, trustId, schoolId);
    const staff = { role: 'staff' as const, schoolId };
    const onPerson = (personId: string, command: PersonCommand) =>
      this.executor.execute(personDecider, streamIds.person(personId), command, eventOrigin);

    for (const person of plan.diff.added) {
      if (person.personId === null || !plan.registered.has(person.personId)) {
        await this.register(person, trustId, { roles: [staff], activeSchoolIds }, eventOrigin);
        continue;
      }
      const personId = person.personId;
      await this.withDetails(person, async () => {
        await onPerson(personId, { type: 'GrantRole', personId, trustId, grant: staff, activeSchoolIds });
        if (person.changed?.includes('name')) await onPerson(personId, { type: 'RecordDetailsChanged', personId, trustId, fields: ['name'] });
      });
    }
    for (const person of plan.diff.changed) {
      const personId = person.personId as string;
      await this.withDetails(person, async () => {
        if (person.changed?.includes('name')) await onPerson(personId, { type: 'RecordDetailsChanged', personId, trustId, fields: ['name'] });
      });
    }
    for (const person of plan.diff.leaving) {
      const personId = person.personId as string;
      await onPerson(personId, { type: 'RevokeRole', personId, trustId, grant: staff });
    }
    const position = await this.recordImport(plan, schoolId, eventOrigin);
    return staffImportReport(schoolId, plan, true, position);
  }

  /** A new person: the directory row first (it claims the address), then PersonRegistered and the grant in one append. */
  private async register(
    person: StaffImportPerson,
    trustId: string,
    grants: { roles: { role: 'staff'; schoolId: string }[]; activeSchoolIds: string[] },
    origin: CommandOrigin,
  ): Promise<void> {
    // Named per address, so a retried request (Idempotency-Key) whose diff shrank still gives each person their id.
    const personId = person.personId ?? newEntityId(`person/${staffEmailKey(person.email)}`);
    const inserted = person.personId === null;
    if (inserted) this.directory.insert({ personId, trustId, name: person.name, email: person.email, createdAt: this.clock.now().toISOString() });
    else this.directory.changeDetails(personId, { name: person.name });
    this.jobTitles.set(personId, person.role);
    try {
      await this.executor.execute(personDecider, streamIds.person(personId), { type: 'RegisterPerson', personId, trustId, ...grants }, origin);
    } catch (error) {
      if (inserted) this.directory.remove(personId);
      throw error;
    }
  }

  /** New name and job title in the directory around the step; put back if the step fails. */
  private async withDetails(person: StaffImportPerson, step: () => Promise<unknown>): Promise<void> {
    const personId = person.personId as string;
    const before = this.directory.findById(personId);
    const beforeTitle = this.jobTitles.ofPerson(personId);
    if (person.changed?.includes('name')) this.directory.changeDetails(personId, { name: person.name });
    if (person.changed?.includes('role')) this.jobTitles.set(personId, person.role);
    try {
      await step();
    } catch (error) {
      if (before?.name != null) this.directory.changeDetails(personId, { name: before.name });
      this.jobTitles.set(personId, beforeTitle);
      throw error;
    }
  }

  /** Records the import, last, so its position is past every change it made; null when nothing changed. */
  private async recordImport(plan: StaffImportPlan, schoolId: string, origin: CommandOrigin): Promise<string | null> {
    const { added, changed, leaving, unchanged } = plan.diff;
    if (added.length + changed.length + leaving.length === 0) return null;
    const data = {
      schoolId,
      added: added.length,
      changed: changed.length,
      leaving: leaving.length,
      unchanged,
      leftOut: new Set(plan.problems.map((problem) => problem.line)).size,
      sha256: plan.sha256,
    };
    const recorded = await this.executor.execute(staffImportDecider, staffImportStream(schoolId), { type: 'RecordStaffListImported', data }, origin);
    return String(recorded.position);
  }
}
