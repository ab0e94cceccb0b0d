import { ApiProblem, FieldProblem } from '../api/client.js';
import { h } from '../dom.js';
import { FormKit } from './form-kit.js';

/**
 * The second step of a sign-in (with a password or an emailed link): the six-digit code
 * field, hidden until the server answers `mfa-required`, then sent with the first step again.
 */
export class CodeStep {
  readonly field: HTMLElement;

  constructor(private readonly kit: FormKit, hint: string) {
    this.field = kit.input('totp', 'Six-digit code from your authenticator app', {
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      width: 'short',
      hint,
    });
    this.field.hidden = true;
  }

  /** An empty code once it has been asked for. */
  problems(): FieldProblem[] {
    return !this.field.hidden && this.kit.value('totp') === '' ? [{ field: 'totp', message: 'Enter the six-digit code from your app' }] : [];
  }

  /** The request's `totp`, once asked for. */
  body(): { totp?: string } {
    return this.field.hidden ? {} : { totp: this.kit.value('totp') };
  }

  /**
   * Shows the code field when the server asks for it (answering the notice to show: `whatWasRight`
   * is "password" or "link"); a wrong code is marked on the field. Any other error: undefined.
   */
  handle(error: unknown, whatWasRight: string): HTMLElement | undefined {
    if (!(error instanceof ApiProblem)) return undefined;
    if (error.code === 'mfa-required') {
      this.field.hidden = false;
      (this.field.querySelector('input') as HTMLInputElement).focus();
      return h('p', { class: 'notice notice-info', tabindex: -1 }, `Your ${whatWasRight} is right. Now enter the code from your authenticator app.`);
    }
    if (error.code === 'mfa-code-invalid') this.kit.fail([{ field: 'totp', message: error.detail }]);
    return undefined;
  }
}
