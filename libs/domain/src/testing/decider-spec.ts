import { DecisionContext, Decider, DomainEvent, fold } from '../shared/decider';
import { DomainError, InvalidValueError } from '../shared/domain-error';

export const testContext: DecisionContext = {
  now: new Date('2026-11-24T10:00:00Z'),
  today: '2026-11-24',
  actorId: 'person-tester',
};

/**
 * given/when/then specs for deciders (as in Emmett):
 *   spec.given([events]).when(command).then([events])
 *   spec.given([events]).when(command).thenThrows('code')
 *   spec.given([events]).when(command).thenRefusesInput('field', 'message')   (a 400)
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  context: DecisionContext = testContext,
) {
  return {
    given(events: Event[]) {
      return {
        when(command: Command, at: Partial<DecisionContext> = {}) {
          const run = () => decider.decide(command, fold(decider, events), { ...context, ...at });
          return {
            then(expected: Event[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(code: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainError);
              expect((thrown as DomainError).code).toBe(code);
            },
            thenRefusesInput(field: string, message: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(InvalidValueError);
              expect({ field: (thrown as InvalidValueError).field, message: (thrown as InvalidValueError).message }).toEqual({ field, message });
            },
          };
        },
      };
    },
  };
}
