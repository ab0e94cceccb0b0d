import { Actor } from '../auth/actor';
import { RequestOrigin } from '../auth/command-origin.decorator';

/** The ids the set-up steps create, read by the later steps when they run. */
export class DemoCast {
  trustId = '';
  readonly schoolIds = new Map<string, string>();
  readonly people = new Map<string, Actor & { kind: 'person' }>();

  schoolId(key: string): string {
    const id = this.schoolIds.get(key);
    if (!id) throw new Error(`Demo school ${key} is not added yet`);
    return id;
  }

  person(name: string): Actor & { kind: 'person' } {
    const person = this.people.get(name);
    if (!person) throw new Error(`Demo person ${name} is not registered yet`);
    return person;
  }

  readonly admin = (): Actor => this.person('Helen Carter');
}

/** How a demo step's command says who sends it, as a request would. */
export function demoOrigin(actor: Actor, trustId?: string, schoolId?: string): RequestOrigin {
  return { actor, correlationId: 'demo-data', ...(trustId ? { trustId } : {}), ...(schoolId ? { schoolId } : {}) };
}
