import { applyDecorators, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiSchema } from '@nestjs/swagger';

/** The OpenAPI shape of write-answer.ts's WriteAnswer. */
@ApiSchema({ name: 'WriteAnswer' })
export class WriteAnswerSchema {
  @ApiProperty({ description: 'The id of the record written to.' }) id!: string;
  @ApiProperty({ description: 'Position in the event log, a decimal string (it can exceed 2^53).', example: '42' })
  position!: string;
}

/** The answer of every write made through answerWrite: 201 when recorded, 200 when it changed nothing. */
export function ApiWriteAnswer(created = 'Recorded.', type: Type = WriteAnswerSchema): MethodDecorator {
  return applyDecorators(
    ApiCreatedResponse({ description: created, type }),
    ApiOkResponse({ description: 'Nothing changed: it was already so.', type }),
  );
}

@ApiSchema({ name: 'UpdateAnswer' })
export class UpdateAnswerSchema extends WriteAnswerSchema {
  @ApiProperty({ description: 'Whether any value was new (false when every value given was already so).' })
  changed!: boolean;
}

/** The answer of an update (PATCH) made through answerUpdate: always 200. */
export function ApiUpdateAnswer(description: string): MethodDecorator {
  return ApiOkResponse({ description, type: UpdateAnswerSchema });
}
