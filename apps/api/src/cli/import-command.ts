import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { PolicyRegisterQuery, ProjectionRunner } from '@governance/projections';
import { Presets, SingleBar } from 'cli-progress';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AppModule } from '../app.module';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { ImportPolicyCommand } from '../policy-imports/import-policy';
import { ReadPolicyDocumentQuery } from '../policy-imports/read-policy-document';
import { GetTrustQuery } from '../trusts/queries/get-trust';

interface SummaryRow {
  file: string;
  title: string;
  'next review': string;
  status: string;
  warnings: number;
}

/**
 * `import <files...> --trust <id> [--school <id>] [--commit]`: reads policy documents as the
 * operator would upload them; a dry run unless --commit.
 */
export async function importCommand(config: AppConfig, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { trust: { type: 'string' }, school: { type: 'string' }, commit: { type: 'boolean', default: false } },
  });
  if (!values.trust || positionals.length === 0) {
    throw new Error('Usage: npm run cli -- import <files...> --trust <trustId> [--school <schoolId>] [--commit]');
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, demoData: false }), { logger: ['error'], abortOnError: false });
  try {
    const trustId = values.trust;
    await app.get(GetTrustQuery).execute(trustId);
    const commands = app.get(CommandBus);
    const readDocument = app.get(ReadPolicyDocumentQuery);
    const runner = app.get(ProjectionRunner);
    const registers = app.get(PolicyRegisterQuery);
    const today = app.get(Clock).today();
    const origin = { trustId, actor: { kind: 'operator', actorId: 'operator' } as const, correlationId: `cli-import-${Date.now()}` };

    const bar = new SingleBar({ format: 'Importing [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic);
    const interactive = process.stdout.isTTY === true;
    if (interactive) bar.start(positionals.length, 0, { file: '' });
    const rows: SummaryRow[] = [];
    for (const [index, path] of positionals.entries()) {
      const file = basename(path);
      if (interactive) bar.update(index, { file });
      try {
        const document = { name: file, bytes: readFileSync(path) };
        const answer = values.commit
          ? await commands.execute(new ImportPolicyCommand(origin, document, {}, values.school))
          : await readDocument.execute(trustId, document, values.school);
        let status = 'dry run: nothing recorded';
        if (answer.policyId && answer.position) {
          await runner.waitForPosition(BigInt(answer.position), 5000);
          const row = values.school ? registers.schoolRegister(trustId, values.school, today).find((r) => r.policyId === answer.policyId) : undefined;
          status = row ? row.status : 'recorded (trust-wide)';
        }
        rows.push({ file, title: answer.detected.title ?? '(no title)', 'next review': answer.detected.nextReviewDue ?? '(not stated)', status, warnings: answer.warnings.length });
      } catch (error) {
        const message = error instanceof Error ? ((error as { body?: { detail?: string } }).body?.detail ?? error.message) : String(error);
        rows.push({ file, title: '', 'next review': '', status: `refused: ${message}`, warnings: 0 });
      }
    }
    if (interactive) bar.update(positionals.length, { file: '' });
    if (interactive) bar.stop();
    console.table(rows);
    return rows.some((row) => row.status.startsWith('refused')) ? 1 : 0;
  } finally {
    await app.close();
  }
}
