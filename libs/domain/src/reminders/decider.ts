import { Decider } from '../shared/decider';
import { ReminderSettingsCommand, decideReminderSettings } from './decide';
import {
  ReminderSettingsEvent,
  ReminderSettingsState,
  evolveReminderSettings,
  initialReminderSettingsState,
} from './events';

/** A trust's reminder settings, stream `reminders-{trustId}` (reminderSettingsStreamId). */
export const reminderSettingsDecider: Decider<
  ReminderSettingsCommand,
  ReminderSettingsEvent,
  ReminderSettingsState
> = {
  decide: decideReminderSettings,
  evolve: evolveReminderSettings,
  initialState: initialReminderSettingsState,
};

export const reminderSettingsStreamId = (trustId: string) => `reminders-${trustId}`;
