import { ArgumentMetadata } from '@nestjs/common';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { createValidationPipe } from './validation.pipe';

class OptionalQuery {
  @IsOptional()
  @IsIn(['newest', 'oldest'])
  order?: string;
}

class RequiredQuery {
  @IsString()
  area!: string;
}

class QueryWithList {
  @IsOptional()
  @IsString({ each: true })
  tags: string[] = [];
}

const asQuery = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

describe('the request validation pipe on queries', () => {
  it('gives an empty query a fresh instance of its class every time', async () => {
    const pipe = createValidationPipe();
    const first = await pipe.transform({}, asQuery(OptionalQuery));
    const second = await pipe.transform({}, asQuery(OptionalQuery));
    expect(first).toBeInstanceOf(OptionalQuery);
    expect(second).toBeInstanceOf(OptionalQuery);
    expect(second).not.toBe(first);
    expect({ ...second }).toEqual({ ...first });
  });

  it('still checks a query with fields after an empty one was accepted', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({}, asQuery(OptionalQuery));
    await expect(pipe.transform({ order: 'sideways' }, asQuery(OptionalQuery))).rejects.toMatchObject({ status: 400 });
    await expect(pipe.transform({ extra: '1' }, asQuery(OptionalQuery))).rejects.toMatchObject({ status: 400 });
    expect(await pipe.transform({ order: 'oldest' }, asQuery(OptionalQuery))).toMatchObject({ order: 'oldest' });
  });

  it('refuses an empty query every time when its class needs a field', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform({}, asQuery(RequiredQuery))).rejects.toMatchObject({ status: 400 });
    await expect(pipe.transform({}, asQuery(RequiredQuery))).rejects.toMatchObject({ status: 400 });
  });

  it('never shares an object field between two requests', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform({}, asQuery(QueryWithList))) as QueryWithList;
    const second = (await pipe.transform({}, asQuery(QueryWithList))) as QueryWithList;
    expect(second.tags).not.toBe(first.tags);
  });
});
