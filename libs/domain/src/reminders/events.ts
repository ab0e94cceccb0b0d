import { DomainEvent } from '../shared/decider';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from './settings';

/** A trust's reminder settings, stream `reminders-{trustId}` (reminderSettingsStreamId). */
export type ReminderSettingsChangedData = { trustId: string; settings: ReminderSettings };
export type ReminderSettingsChanged = DomainEvent<'ReminderSettingsChanged', ReminderSettingsChangedData>;

export type ReminderSettingsEvent = ReminderSettingsChanged;

export const REMINDER_SETTINGS_EVENT_TYPES: readonly ReminderSettingsEvent['type'][] = [
  'ReminderSettingsChanged',
];

export interface ReminderSettingsState {
  settings: ReminderSettings;
}

export function initialReminderSettingsState(): ReminderSettingsState {
  return { settings: DEFAULT_REMINDER_SETTINGS };
}

export function evolveReminderSettings(
  state: ReminderSettingsState,
  event: ReminderSettingsEvent,
): ReminderSettingsState {
  switch (event.type) {
    case 'ReminderSettingsChanged':
      return { settings: event.data.settings };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event.type;
      return state;
    }
  }
}
