import { api } from '../api/client.js';
import type { ReminderSettings, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { ADMIN_TRAIL, allowOnly } from './admin-access.js';
import { reminderSettings, trustApi } from './admin-api.js';

const WHEN: { key: Exclude<keyof ReminderSettings, 'daysBefore'>; label: string }[] = [
  { key: 'whenDue', label: 'When a review falls due (enters its reminder window)' },
  { key: 'onTheDay', label: 'On the day it is due' },
  { key: 'whenOverdue', label: 'The day after, if it is overdue' },
  { key: 'weeklyDigest', label: 'A weekly email: each person’s reviews due in the next three months, and overdue' },
];

/** When the people responsible for a review are emailed about it. */
export async function remindersPage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'changeReminderSettings'));
  const current = await reminderSettings(context);
  const kit = new FormKit('Reminder settings');
  kit.add(
    kit.choices('when', 'When are people reminded?', WHEN.map((item) => ({ value: item.key, label: item.label })), {
      type: 'checkbox',
      value: WHEN.filter((item) => current[item.key]).map((item) => item.key),
      hint: 'Tick all that apply.',
    }),
    kit.input('daysBefore', 'Days before the due date (optional)', {
      value: current.daysBefore.join(', '),
      hint: 'Up to six numbers of days, separated by commas, for example 60, 30, 7. Leave it empty for none.',
      width: 'medium',
      autocomplete: 'off',
    }),
    kit.submit('Save the settings'),
  );
  kit.onSubmit(async () => {
    const text = kit.value('daysBefore');
    const days = text === '' ? [] : text.split(/[,\s]+/).filter(Boolean).map(Number);
    if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 365)) kit.fail([{ field: 'daysBefore', message: 'Days before the due date must be whole numbers from 1 to 365, separated by commas' }]);
    if (days.length > 6) kit.fail([{ field: 'daysBefore', message: 'Give at most six numbers of days' }]);
    const ticked = new Set(kit.values('when'));
    const settings: ReminderSettings = {
      whenDue: ticked.has('whenDue'),
      daysBefore: days,
      onTheDay: ticked.has('onTheDay'),
      whenOverdue: ticked.has('whenOverdue'),
      weeklyDigest: ticked.has('weeklyDigest'),
    };
    const answer = await api<WriteAnswer>(trustApi(context, 'reminder-settings'), { method: 'PUT', idempotencyKey: kit.idempotencyKey, json: settings });
    return saved('The reminder settings are saved.', [['Back to Manage the trust', '/admin'], ['See the settings', `/admin/reminders?after=${encodeURIComponent(answer.position)}`]]);
  });
  return {
    title: 'Reminders',
    trail: ADMIN_TRAIL,
    content: [h('p', { class: 'lead' }, 'Reminders go by email to the people responsible for each review.'), kit.element()],
  };
}
