import { TaskName, TASKS } from './tasks';

/** Entry point of a benchmark child process: `child <task> <json args>`, answers over IPC. */
async function main(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const task = TASKS[name as TaskName] as ((args: unknown) => Promise<unknown>) | undefined;
  if (!task) throw new Error(`Unknown benchmark task ${name}`);
  const result = await task(JSON.parse(json));
  process.send?.({ ok: true, result }, () => process.exit(0));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.send?.({ ok: false, error: message }, () => process.exit(1));
});
