import { ApiProblem, FieldProblem } from '../api/client.js';
import { Child, h, replace, uid } from '../dom.js';
import { formatDateForInput, parseDateInput } from '../format.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface FieldSlot {
  /** The element that wraps the field, marked when the field has an error. */
  wrapper: HTMLElement;
  /** Where the field's error message goes. */
  error: HTMLElement;
  /** What the error summary's link moves focus to. */
  focusTarget: HTMLElement;
  /** Controls that get aria-invalid and aria-describedby. */
  controls: Control[];
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Builds accessible forms (a visible label for every control, hints and errors tied to it by
 * aria-describedby) and shows the API's validation problems beside the fields they name, with
 * an error summary on top that links to each one (the GOV.UK pattern the users know).
 */
export class FormKit {
  readonly form: HTMLFormElement;
  private readonly summary: HTMLDivElement;
  private readonly status: HTMLDivElement;
  private readonly slots = new Map<string, FieldSlot>();
  private readonly dateFields = new Map<string, string>();
  private sending = false;
  private key = newIdempotencyKey();

  constructor(label: string) {
    this.summary = h('div', { class: 'error-summary', tabindex: -1, hidden: true });
    this.status = h('div', { class: 'form-status', role: 'status' });
    this.form = h('form', { novalidate: true, 'aria-label': label }, this.summary);
  }

  add(...children: Child[]): this {
    for (const child of children.flat()) if (child instanceof Node) this.form.appendChild(child);
    return this;
  }

  /** The form with its status line (where "Saving…" and the success message appear) after it. */
  element(): HTMLElement {
    return h('div', { class: 'form-block' }, this.form, this.status);
  }

  input(
    name: string,
    label: string,
    options: { type?: string; hint?: string; value?: string; required?: boolean; autocomplete?: string; min?: string | number; max?: string | number; inputmode?: string; width?: 'short' | 'medium' | 'full' } = {},
  ): HTMLDivElement {
    const control = h('input', {
      type: options.type ?? 'text',
      name,
      value: options.value,
      autocomplete: options.autocomplete,
      min: options.min,
      max: options.max,
      inputmode: options.inputmode,
      'aria-required': options.required ? 'true' : undefined,
      class: `input-${options.width ?? 'full'}`,
    });
    return this.labelled(name, label, control, options.hint);
  }

  /**
   * A date typed day first (DD/MM/YYYY), a plain text box rather than `type=date`, whose display
   * follows the browser's language (month first in an American browser). `value` reads it as ISO.
   */
  date(name: string, label: string, options: { value?: string; hint?: string; required?: boolean } = {}): HTMLDivElement {
    this.dateFields.set(name, label);
    return this.input(name, label, {
      value: formatDateForInput(options.value),
      hint: options.hint ?? 'Day, month and year, for example 24/11/2026.',
      required: options.required,
      autocomplete: 'off',
      width: 'medium',
    });
  }

  textarea(name: string, label: string, options: { hint?: string; value?: string; rows?: number; required?: boolean } = {}): HTMLDivElement {
    const control = h('textarea', { name, rows: options.rows ?? 4, 'aria-required': options.required ? 'true' : undefined });
    if (options.value) control.value = options.value;
    return this.labelled(name, label, control, options.hint);
  }

  select(name: string, label: string, choices: Option[], options: { hint?: string; value?: string; required?: boolean } = {}): HTMLDivElement {
    const control = h(
      'select',
      { name, 'aria-required': options.required ? 'true' : undefined },
      choices.map((choice) => h('option', { value: choice.value, selected: choice.value === options.value }, choice.label)),
    );
    return this.labelled(name, label, control, options.hint);
  }

  /** Radio buttons or checkboxes in a fieldset whose legend is the question. */
  choices(
    name: string,
    legend: string,
    choices: Option[],
    options: { type?: 'radio' | 'checkbox'; hint?: string; value?: string | string[]; inline?: boolean; legendHidden?: boolean; slot?: string } = {},
  ): HTMLFieldSetElement {
    const type = options.type ?? 'radio';
    const selected = new Set(Array.isArray(options.value) ? options.value : options.value ? [options.value] : []);
    const hintId = options.hint ? uid('hint') : undefined;
    const errorId = uid('error');
    const controls: HTMLInputElement[] = [];
    const items = choices.map((choice) => {
      const id = uid(name.replace(/\W/g, '-'));
      const control = h('input', { type, id, name, value: choice.value, checked: selected.has(choice.value) });
      controls.push(control);
      return h('div', { class: 'choice' }, control, h('label', { for: id }, choice.label));
    });
    const fieldset = h(
      'fieldset',
      { class: `field choices${options.inline ? ' choices-inline' : ''}`, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') },
      h('legend', { class: options.legendHidden ? 'visually-hidden' : undefined }, legend),
      hintId ? h('p', { class: 'hint', id: hintId }, options.hint) : null,
      h('p', { class: 'field-error', id: errorId, hidden: true }),
      items,
    );
    this.slots.set(options.slot ?? name, {
      wrapper: fieldset,
      error: fieldset.querySelector('.field-error') as HTMLElement,
      focusTarget: controls[0] ?? fieldset,
      controls,
    });
    return fieldset;
  }

  submit(label: string): HTMLDivElement {
    return h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, label));
  }

  /** The current value of a named control (the checked one for radios). */
  value(name: string): string {
    const controls = this.form.querySelectorAll<Control>(`[name="${CSS.escape(name)}"]`);
    for (const control of controls) {
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
        if (control.checked) return control.value;
      } else {
        const text = control.value.trim();
        return this.dateFields.has(name) ? (parseDateInput(text) ?? text) : text;
      }
    }
    return '';
  }

  /** Dates typed that are not dates ("31/02/2026", "next week"), as field problems. */
  private dateProblems(): FieldProblem[] {
    return [...this.dateFields.entries()]
      .filter(([name]) => !this.slots.get(name)?.wrapper.closest('[hidden]'))
      .filter(([name]) => {
        const text = this.form.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)?.value.trim() ?? '';
        return text !== '' && parseDateInput(text) === null;
      })
      .map(([field, label]) => ({ field, message: `${label.replace(/ \(optional\)$/, '')} must be a real date, written day/month/year, for example 24/11/2026` }));
  }

  /** The checked values of a checkbox group. */
  values(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]:checked`)].map((box) => box.value);
  }

  /**
   * The `Idempotency-Key` of this form's write: one per form instance, so a repeated press or a
   * retry after a lost answer records the entry once. A new one after the server refused the
   * body (a 4xx: nothing was recorded), since the corrected body is a different request.
   */
  get idempotencyKey(): string {
    return this.key;
  }

  /**
   * Runs `send` when the form is submitted, with "Saving…" and the button disabled, and shows its
   * problems or its success. After a success the form closes: what was saved is shown in its
   * place, so nothing can send it a second time.
   */
  onSubmit(send: () => Promise<Child | void>, busyText = 'Saving…', options: { keepOpen?: boolean } = {}): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.sending) return; // a second press while the first is on its way
      void this.run(send, busyText, options.keepOpen ?? false);
    });
  }

  private async run(send: () => Promise<Child | void>, busyText: string, keepOpen: boolean): Promise<void> {
    const buttons = [...this.form.querySelectorAll<HTMLButtonElement>('button')];
    this.sending = true;
    this.clearErrors();
    for (const button of buttons) button.disabled = true;
    this.form.setAttribute('aria-busy', 'true');
    replace(this.status, h('p', {}, busyText));
    try {
      const wrongDates = this.dateProblems();
      if (wrongDates.length > 0) this.fail(wrongDates);
      const success = await send();
      if (keepOpen) {
        this.sending = false;
        for (const button of buttons) button.disabled = false;
      } else {
        this.form.replaceWith(this.answers() ?? '');
      }
      replace(this.status, success ?? '');
      const focusable = this.status.querySelector<HTMLElement>('[tabindex="-1"], a');
      focusable?.focus();
    } catch (error) {
      if (error instanceof ApiProblem && error.status >= 400 && error.status < 500 && error.status !== 409) this.key = newIdempotencyKey();
      replace(this.status);
      this.showProblem(error);
      this.sending = false;
      for (const button of buttons) button.disabled = false;
    } finally {
      this.form.removeAttribute('aria-busy');
    }
  }

  /** What the form sent, as a GOV.UK summary list (question, answer), for the closed form's place. */
  private answers(): HTMLElement | null {
    const rows: [string, string][] = [];
    const slots = [...this.slots.values()];
    for (const slot of slots) {
      if (slot.wrapper.closest('[hidden]')) continue;
      if (slots.some((other) => other !== slot && slot.wrapper.contains(other.wrapper))) continue; // a grid: its cells say it
      const question = slot.wrapper.querySelector('legend, label')?.textContent?.trim() ?? '';
      const answer = slot.controls
        .filter((control) => control.type !== 'password')
        .map((control) => {
          if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
            return control.checked ? (control.labels?.[0]?.textContent ?? control.value) : '';
          }
          if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.textContent ?? '';
          return control.value.trim();
        })
        .filter((text) => text !== '')
        .join(', ');
      if (question && answer) rows.push([question.replace(/ \(optional\)$/, ''), answer]);
    }
    if (rows.length === 0) return null;
    return h(
      'dl',
      { class: 'facts-list', 'data-testid': 'saved-answers', 'aria-label': 'What was saved' },
      rows.map(([question, answer]) => h('div', {}, h('dt', {}, question), h('dd', {}, answer))),
    );
  }

  /** Shows field errors found before sending (a required field left empty). */
  fail(errors: FieldProblem[]): never {
    throw new ApiProblem(400, '/problems/validation', 'Check the form', 'Some answers are missing.', errors);
  }

  showProblem(error: unknown): void {
    const problem =
      error instanceof ApiProblem
        ? error
        : new ApiProblem(0, 'about:blank', 'Error', error instanceof Error ? error.message : String(error), []);
    const placed: { slot: FieldSlot | undefined; message: string }[] = problem.errors.map((fieldProblem) => ({
      slot: this.slotFor(fieldProblem.field),
      message: fieldProblem.message,
    }));
    for (const { slot, message } of placed) {
      if (!slot) continue;
      slot.wrapper.classList.add('field-has-error');
      slot.error.hidden = false;
      slot.error.append(h('span', { class: 'visually-hidden' }, 'Error: '), message, ' ');
      for (const control of slot.controls) control.setAttribute('aria-invalid', 'true');
    }
    const list = placed.map(({ slot, message }) =>
      h(
        'li',
        {},
        slot
          ? h('a', { href: '#', onclick: (event: Event) => { event.preventDefault(); slot.focusTarget.focus(); } }, message)
          : message,
      ),
    );
    replace(
      this.summary,
      h('h2', {}, problem.errors.length > 0 ? 'There is a problem' : plainTitle(problem.title)),
      problem.errors.length === 0 ? h('p', {}, problem.detail) : null,
      list.length > 0 ? h('ul', {}, list) : null,
    );
    this.summary.hidden = false;
    this.summary.setAttribute('role', 'alert');
    this.summary.focus();
  }

  clearErrors(): void {
    this.summary.hidden = true;
    this.summary.removeAttribute('role');
    replace(this.summary);
    for (const slot of this.slots.values()) {
      slot.wrapper.classList.remove('field-has-error');
      slot.error.hidden = true;
      replace(slot.error);
      for (const control of slot.controls) control.removeAttribute('aria-invalid');
    }
  }

  /** The field an API error names, or the nearest enclosing one (`actions.0` is shown at `actions`). */
  private slotFor(field: string): FieldSlot | undefined {
    for (let name = field; name; name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '') {
      const slot = this.slots.get(name);
      if (slot) return slot;
    }
    return undefined;
  }

  private labelled(name: string, label: string, control: Control, hint?: string): HTMLDivElement {
    const id = uid(name.replace(/\W/g, '-'));
    const hintId = hint ? uid('hint') : undefined;
    const errorId = uid('error');
    control.id = id;
    control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
    const wrapper = h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      hintId ? h('p', { class: 'hint', id: hintId }, hint) : null,
      h('p', { class: 'field-error', id: errorId, hidden: true }),
      control,
    );
    this.slots.set(name, { wrapper, error: wrapper.querySelector('.field-error') as HTMLElement, focusTarget: control, controls: [control] });
    return wrapper;
  }

  /** Registers an extra error slot (for composite fields such as the EIA grid). */
  registerSlot(name: string, wrapper: HTMLElement, error: HTMLElement, controls: Control[]): void {
    this.slots.set(name, { wrapper, error, focusTarget: controls[0] ?? wrapper, controls });
  }
}

/** HTTP's own reason phrases, which some problem documents carry as their title, in plain words. */
const REASON_PHRASES: Record<string, string> = {
  'Bad Request': 'There is a problem',
  Unauthorized: 'You need to sign in again',
  Forbidden: 'Your role does not allow this',
  'Not Found': 'This could not be found',
  Conflict: 'Someone else changed this at the same time',
  'Payload Too Large': 'The file is too big',
  'Unprocessable Entity': 'This cannot be recorded',
  'Unprocessable Content': 'This cannot be recorded',
  'Too Many Requests': 'Too many attempts: wait a minute and try again',
  'Internal Server Error': 'Something went wrong on the server',
  'Service Unavailable': 'The service is busy: try again in a moment',
};

function plainTitle(title: string): string {
  return REASON_PHRASES[title] ?? (title || 'There is a problem');
}

/** 128 random bits as hex (crypto.randomUUID needs a secure context; a plain-http intranet has none). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Missing required answers, as field problems: `[['visitedOn', 'Enter the date of the visit']]`. */
export function missing(kit: FormKit, checks: [string, string][]): FieldProblem[] {
  return checks.filter(([name]) => kit.value(name) === '').map(([field, message]) => ({ field, message }));
}
