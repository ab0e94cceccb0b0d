import { isPersonRole, roleScopeProblem } from '@governance/domain';
import { registerDecorator, ValidationArguments } from 'class-validator';

/**
 * Checks `schoolId` against the grant's `role`: headteachers, governors and staff need one,
 * trust admins and trustees may not have one, clerks may. Runs even when schoolId is absent.
 */
export function FitsRoleScope() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'fitsRoleScope',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          problemOf(value, args.object) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          `${args.property}: ${problemOf(args.value, args.object) ?? 'is not valid'}`,
      },
    });
}

function problemOf(value: unknown, object: object): string | undefined {
  if (value !== undefined && (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value))) {
    return "must be the id of one of the trust's schools";
  }
  const { role } = object as { role?: unknown };
  return isPersonRole(role) ? roleScopeProblem(role, value as string | undefined) : undefined;
}
