import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';

@ApiSchema({ name: 'FieldProblem' })
class FieldProblemSchema {
  @ApiProperty({ example: 'name' }) field!: string;
  @ApiProperty({ example: 'name must not be empty' }) message!: string;
}

/** The OpenAPI shape of problem.ts's Problem: the body of every error answer (RFC 9457). */
@ApiSchema({ name: 'Problem', description: 'An RFC 9457 problem document. Codes of our own add a `code` member and a `/problems/<code>` type.' })
export class ProblemSchema {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty({ example: 'Unprocessable Content' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ description: 'What went wrong, in plain English.' }) detail!: string;
  @ApiPropertyOptional({ description: 'Our own problem code, when there is one.' }) code?: string;
  @ApiPropertyOptional({ type: [FieldProblemSchema], description: 'Validation problems: one entry per bad field.' })
  errors?: FieldProblemSchema[];
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 406 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

const MEANINGS: Record<ProblemStatus, string> = {
  400: 'The request is malformed or a field is invalid (see `errors`).',
  401: 'No valid sign-in: send a bearer token.',
  403: 'Signed in, but your role or scope does not allow this.',
  404: 'The trust, school or record named in the path does not exist (or is not yours to see).',
  406: 'None of the types in the Accept header can be answered.',
  409: 'Someone else changed the record at the same time, or this change was already recorded.',
  410: 'Gone: the one-time link was already used or has expired.',
  413: 'The upload is too large.',
  415: 'The request body is not of a type this route accepts.',
  422: 'The request is well formed but breaks a governance rule (see `code`).',
  429: 'Too many attempts: wait and try again.',
  503: 'The server cannot answer reliably right now.',
};

/** One error answer, as an application/problem+json Problem, with a description of its own. */
export function ApiProblem(status: ProblemStatus, description = MEANINGS[status]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemSchema),
    ApiResponse({ status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemSchema) } } } }),
  );
}

/** The usual error answers of a route, each an application/problem+json Problem. */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiProblem(status)));
}

/** What every signed-in route may answer: no sign-in, not allowed, not found. */
export const ApiSignedInProblems = (): MethodDecorator & ClassDecorator => ApiProblems(401, 403, 404);

/** What every write may answer on top: bad input, a broken rule, a concurrent change. */
export const ApiWriteProblems = (): MethodDecorator & ClassDecorator => ApiProblems(400, 409, 422);
