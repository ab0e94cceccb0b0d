import { DecisionContext, assertNever } from '../shared/decider';
import { ReminderSettingsEvent, ReminderSettingsState } from './events';
import { parseReminderSettings, sameReminderSettings } from './settings';

/** Changes some of a trust's reminder settings; fields left out keep their value. */
export interface ChangeReminderSettings {
  type: 'ChangeReminderSettings';
  data: { trustId: string; settings: unknown };
}

export type ReminderSettingsCommand = ChangeReminderSettings;

export function decideReminderSettings(
  command: ReminderSettingsCommand,
  state: ReminderSettingsState,
  _context: DecisionContext,
): ReminderSettingsEvent[] {
  switch (command.type) {
    case 'ChangeReminderSettings': {
      const settings = parseReminderSettings(command.data.settings, state.settings);
      if (sameReminderSettings(settings, state.settings)) return [];
      return [{ type: 'ReminderSettingsChanged', data: { trustId: command.data.trustId, settings } }];
    }
    default:
      return assertNever(command.type);
  }
}
