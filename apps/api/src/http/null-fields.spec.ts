import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsOptional, IsString, validate, ValidateNested } from 'class-validator';
import { withNullsRefused } from './null-fields';

class Grant {
  @IsString({ message: 'role must be text' }) role!: string;
  @IsOptional() @IsString() schoolId?: string;
}

class Person {
  @IsString({ message: 'name must be text' }) name!: string;
  @IsOptional() @IsString() nickname?: string;
  @ValidateNested({ each: true }) @Type(() => Grant) roles!: Grant[];
}

async function problemsOf(body: object): Promise<Record<string, string>> {
  const dto = plainToInstance(Person, body);
  const found: Record<string, string> = {};
  const walk = (errors: Awaited<ReturnType<typeof validate>>, parent: string) =>
    errors.forEach((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      if (error.constraints) found[path] = Object.values(error.constraints)[0];
      walk(error.children ?? [], path);
    });
  walk(withNullsRefused(dto, await validate(dto)), '');
  return found;
}

describe('null in a request DTO', () => {
  it('is refused for an optional field, where class-validator alone lets it through', async () => {
    const dto = plainToInstance(Person, { name: 'Ann', nickname: null, roles: [] });
    expect(await validate(dto)).toEqual([]);
    expect(await problemsOf({ name: 'Ann', nickname: null, roles: [] })).toEqual({
      nickname: 'nickname must not be null; leave it out when it has no value',
    });
  });

  it('leaves the message of a rule the field already breaks', async () => {
    expect(await problemsOf({ name: null, roles: [] })).toEqual({ name: 'name must be text' });
  });

  it('is refused inside a list of nested DTOs, next to their own problems', async () => {
    expect(await problemsOf({ name: 'Ann', roles: [{ role: 'governor' }, { role: 7, schoolId: null }] })).toEqual({
      'roles.1.role': 'role must be text',
      'roles.1.schoolId': 'schoolId must not be null; leave it out when it has no value',
    });
  });

  it('adds nothing when no field is null', async () => {
    expect(await problemsOf({ name: 'Ann', nickname: 'A', roles: [{ role: 'governor', schoolId: 's1' }] })).toEqual({});
  });
});
