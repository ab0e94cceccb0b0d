import { plainToInstance } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';

type DtoClass = new () => object;

/**
 * The fields of a request DTO as class-validator knows them (every decorated property, so a
 * field added to a DTO later is listed without touching the tests), and for a list of nested
 * DTOs (`roles: RoleGrantDto[]`) the nested class, as class-transformer's @Type builds it.
 */
export function dtoFields(type: DtoClass): { name: string; nested?: DtoClass }[] {
  const names = new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((m) => m.propertyName));
  return [...names].map((name) => {
    const nested = nestedType(type, name);
    return nested ? { name, nested } : { name };
  });
}

/** The class class-transformer makes of an entry of `name`, when it is a DTO rather than plain data. */
function nestedType(type: DtoClass, name: string): DtoClass | undefined {
  const sample = plainToInstance(type, { [name]: [{}] }) as Record<string, unknown>;
  const entry = (sample[name] as unknown[] | undefined)?.[0];
  const constructor = (entry as object | undefined)?.constructor;
  return typeof constructor === 'function' && constructor !== Object ? (constructor as DtoClass) : undefined;
}

/** A body and the paths of the fields it gives null, as a validation problem names them. */
export interface NullBody {
  nulled: string[];
  body: Record<string, unknown>;
}

/**
 * Bodies that give null to each field of a DTO, one at a time and all at once, and the same
 * for the fields of each nested DTO (inside a one-entry list).
 */
export function nullBodies(type: DtoClass): NullBody[] {
  const fields = dtoFields(type);
  const bodies: NullBody[] = fields.map(({ name }) => ({ nulled: [name], body: { [name]: null } }));
  if (fields.length > 1) {
    bodies.push({ nulled: fields.map(({ name }) => name), body: Object.fromEntries(fields.map(({ name }) => [name, null])) });
  }
  for (const { name, nested } of fields) {
    if (!nested) continue;
    for (const inner of nullBodies(nested)) {
      bodies.push({ nulled: inner.nulled.map((path) => `${name}.0.${path}`), body: { [name]: [inner.body] } });
    }
  }
  return bodies;
}
