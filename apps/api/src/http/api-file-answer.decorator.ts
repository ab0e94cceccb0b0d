import { ApiOkResponse } from '@nestjs/swagger';

/** A text answer (CSV, Markdown, iCalendar): a string body of that media type. */
export const TEXT_SCHEMA = { type: 'string' } as const;
/** A binary answer (a Word document): the raw bytes. */
export const BINARY_SCHEMA = { type: 'string', format: 'binary' } as const;

/** A 200 answer that is a file rather than JSON, described by its media type and a string schema. */
export function ApiFileAnswer(description: string, mediaType: string, schema: typeof TEXT_SCHEMA | typeof BINARY_SCHEMA = TEXT_SCHEMA): MethodDecorator {
  return ApiOkResponse({ description, content: { [mediaType]: { schema: { ...schema } } } });
}
