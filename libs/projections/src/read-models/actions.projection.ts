import type Database from 'better-sqlite3';
import type {
  ActionCompletedData,
  ActionDueDateChangedData,
  ActionFacts,
  ActionOpenedData,
  ActionReassignedData,
  EntryWithdrawnData,
  LinkGovernorVisitLoggedData,
} from '@governance/domain';
import { actionsAgreedAtVisit } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/**
 * Every action of every trust: opened on its own (ActionOpened) or agreed at a visit (one per
 * line of a LinkGovernorVisitLogged that records its follow-up), then reassigned, given a new
 * due date or done. A withdrawn visit takes the actions agreed at it away.
 */
export const actionsProjection: Projection = {
  name: 'actions',
  version: 1,
  tables: ['rm_actions'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_actions')}" (
      action_id     TEXT PRIMARY KEY,
      trust_id      TEXT NOT NULL,
      school_id     TEXT,
      title         TEXT NOT NULL,
      owner_id      TEXT NOT NULL,
      due_on        TEXT NOT NULL,
      source_kind   TEXT,
      source_id     TEXT,
      source_on     TEXT,
      source_point  TEXT,
      agreed_at_visit TEXT,
      position      INTEGER NOT NULL,
      completed_on  TEXT,
      note          TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_actions_by_trust')}" ON "${t.table('rm_actions')}" (trust_id, completed_on, due_on);
    CREATE INDEX IF NOT EXISTS "${t.index('rm_actions_by_owner')}" ON "${t.table('rm_actions')}" (owner_id);`,
  applier(db: Database.Database, t: TableNames) {
    const table = `"${t.table('rm_actions')}"`;
    const statements = {
      open: db.prepare(
        `INSERT OR IGNORE INTO ${table} (action_id, trust_id, school_id, title, owner_id, due_on, source_kind, source_id, source_on, source_point, agreed_at_visit, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      complete: db.prepare(`UPDATE ${table} SET completed_on = ?, note = ? WHERE action_id = ?`),
      reassign: db.prepare(`UPDATE ${table} SET owner_id = ? WHERE action_id = ?`),
      due: db.prepare(`UPDATE ${table} SET due_on = ? WHERE action_id = ?`),
      withdrawVisit: db.prepare(`DELETE FROM ${table} WHERE agreed_at_visit = ?`),
    };
    const insert = (event: RecordedEvent, action: ActionFacts, agreedAtVisit: string | null) =>
      statements.open.run(
        action.actionId,
        action.trustId,
        action.schoolId,
        action.title,
        action.ownerId,
        action.dueOn,
        action.source?.kind ?? null,
        action.source?.id ?? null,
        action.source?.on ?? null,
        action.source?.point ?? null,
        agreedAtVisit,
        event.position,
      );
    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'ActionOpened':
          insert(event, dataOf<ActionOpenedData>(event), null);
          break;
        case 'LinkGovernorVisitLogged':
          for (const action of actionsAgreedAtVisit(event.id, trustIdOf(event) ?? '', dataOf<LinkGovernorVisitLoggedData>(event))) insert(event, action, event.id);
          break;
        case 'ActionCompleted': {
          const d = dataOf<ActionCompletedData>(event);
          statements.complete.run(d.completedOn, d.note, d.actionId);
          break;
        }
        case 'ActionReassigned': {
          const d = dataOf<ActionReassignedData>(event);
          statements.reassign.run(d.ownerId, d.actionId);
          break;
        }
        case 'ActionDueDateChanged': {
          const d = dataOf<ActionDueDateChangedData>(event);
          statements.due.run(d.dueOn, d.actionId);
          break;
        }
        case 'EntryWithdrawn': {
          const { entryType, eventId } = dataOf<EntryWithdrawnData>(event);
          if (entryType === 'LinkGovernorVisitLogged') statements.withdrawVisit.run(eventId);
          break;
        }
      }
    };
  },
};
