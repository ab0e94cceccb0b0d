import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { PasswordContext, passwordProblem } from './password-policy';

/**
 * The password policy as a DTO rule, so a weak password is reported with the other bad
 * fields. The object's `name` and `email` (when it has them) count as words to avoid.
 */
export function IsAcceptablePassword(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblem(value, contextOf(args.object)) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? `${args.property} ${passwordProblem(args.value, contextOf(args.object)) ?? 'is not acceptable'}`
            : `${args.property} must be text`,
      },
    });
}

function contextOf(object: object): PasswordContext {
  const { name, email } = object as { name?: unknown; email?: unknown };
  return {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof email === 'string' ? { email } : {}),
  };
}
