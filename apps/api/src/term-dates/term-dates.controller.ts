import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { termId, termYear, termName } from '@governance/domain';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { SetTermDatesCommand } from './commands/set-term-dates';
import { TermDatesDto } from './dto/term-dates.dto';
import { TrustCalendars } from './trust-calendars';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { TermDatesView, TermDatesViewSchema } from './term-dates-answers.schema';

@ApiTags('term dates')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/term-dates')
export class TermDatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: TrustCalendars,
    private readonly clock: Clock,
  ) {}

  @Put()
  @ApiOperation({ summary: 'Set the term dates', description: "Sets the trust's own term start dates, used to turn \"next term\" into a date. Only trust admins of this trust may call it." })
  @ApiWriteAnswer('A date changed.')
  @ApiWriteProblems()
  @Access('setTermDates')
  async set(
    @Body() body: TermDatesDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    // The plain objects, so the domain reads exactly what was sent.
    const terms = body.terms.map(({ term, startsOn, endsOn }) => ({ term, startsOn, endsOn }));
    return answerWrite(res, await this.commands.execute(new SetTermDatesCommand(origin, terms)));
  }

  @Get()
  @ApiOperation({ summary: 'Read the term dates', description: "The trust's term dates and the terms of this academic year and the next. Anyone with a role in this trust may call it, and the operator." })
  @Access('getTermDates')
  @ApiOkResponse({ description: "The trust's own term dates and the terms of this academic year and the next.", type: TermDatesViewSchema })
  async get(@Param('trustId') trustId: string): Promise<TermDatesView> {
    const state = await this.calendars.stateOf(trustId);
    const calendar = await this.calendars.calendarOf(trustId);
    const current = calendar.termOf(this.clock.today());
    const autumnYear = termName(current) === 'autumn' ? termYear(current) : termYear(current) - 1;
    const overridden = new Set(state.overrides.map((o) => o.term));
    const terms = [autumnYear, autumnYear + 1].flatMap((year) =>
      [termId(year, 'autumn'), termId(year + 1, 'spring'), termId(year + 1, 'summer')].map((term) => ({
        ...calendar.datesOf(term),
        overridden: overridden.has(term),
      })),
    );
    return { overrides: state.overrides, terms };
  }
}
