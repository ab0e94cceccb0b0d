import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FeedToken, FeedTokens } from '@governance/notifications';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator';
import { refused } from '../auth/auth-problems';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { sessionOf } from '../auth/request-actor';
import { AppointmentsReader } from '../appointments/appointments-reader';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { Clock } from '../clock/clock';
import { OwnRecordEvents } from '../interests-training/own-record-events';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarScope } from './calendar-scope';
import { CreateCalendarFeedCommand, CreatedFeed } from './commands/create-calendar-feed';
import { RevokeCalendarFeedCommand, RevokedFeed } from './commands/revoke-calendar-feed';
import { CreateFeedDto } from './dto/create-feed.dto';
import { AnswerHoldsSecret } from '../idempotency/answer-holds-secret';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiFileAnswer } from '../http/api-file-answer.decorator';
import { CalendarFeedCreatedSchema, CalendarFeedRevokedSchema, CalendarFeedSchema } from './calendar-answers.schema';

export type FeedView = Omit<FeedToken, 'trustId'>;

@ApiTags('calendar')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class CalendarController {
  constructor(
    private readonly feed: CalendarFeedService,
    private readonly feeds: FeedTokens,
    private readonly scope: CalendarScope,
    private readonly calendars: TrustCalendars,
    private readonly commands: CommandBus,
    private readonly appointments: AppointmentsReader,
    private readonly ownRecords: OwnRecordEvents,
    private readonly clock: Clock,
  ) {}

  @Get('calendar.ics')
  @ApiOperation({ summary: 'Subscribe to the review calendar', description: 'An iCalendar feed of upcoming and overdue policy reviews and meetings, with the reader\'s own deadlines (their declaration of interests and safeguarding training, for governors and trustees), for Outlook or Google Calendar. Sign in with a bearer token, or pass a calendar feed token as `token` for apps that cannot send headers. Anyone with a role in this trust may call it, and the operator.' })
  @ApiProblems(400)
  @Access('calendar')
  @ApiQuery({ name: 'schoolId', required: false, description: 'Only this school' })
  @ApiQuery({ name: 'token', required: false, description: 'A calendar feed token, for apps that cannot send headers' })
  @ApiFileAnswer('An iCalendar feed (RFC 5545): one all-day event per upcoming or overdue review.', 'text/calendar')
  async calendar(
    @Param('trustId') trustId: string,
    @Query('schoolId') schoolId: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const trust = await this.scope.registeredTrust(trustId);
    const schoolIds = this.scope.schoolsInView(trust, actor, schoolId);
    const personal = actor.kind === 'person' ? await this.ownRecords.of(trustId, actor.personId, this.clock.today(), this.feed.domain) : [];
    const body = this.feed.render(trust, schoolIds, await this.calendars.calendarOf(trustId), await this.appointments.ofTrust(trustId), personal);
    res.type('text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="policy-reviews.ics"');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }

  @Post('calendar-feeds')
  @ApiOperation({ summary: 'Create a calendar feed token', description: 'Creates a private token for the calendar feed URL, for calendar apps that cannot sign in. Anyone with a role in this trust may call it, for themselves.' })
  @ApiWriteProblems()
  @AnswerHoldsSecret(
    'The feed was created: list your calendar feeds, revoke the one whose token you did not get, and create another with a new key.',
  )
  @Access('createCalendarFeed')
  @ApiCreatedResponse({ description: 'The feed token and its URL: the token is shown this once; keep the URL private.', type: CalendarFeedCreatedSchema })
  async create(
    @Param('trustId') trustId: string,
    @Body() body: CreateFeedDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
  ): Promise<CreatedFeed> {
    return this.commands.execute(
      new CreateCalendarFeedCommand({
        actor,
        trustId,
        label: body.label,
        schoolId: body.schoolId,
        mfaVerified: sessionOf(req)?.mfaVerified ?? false,
      }),
    );
  }

  @Get('calendar-feeds')
  @ApiOperation({ summary: 'List your calendar feed tokens', description: 'Your own feed tokens, without the secret itself. Anyone with a role in this trust may call it.' })
  @Access('listCalendarFeeds')
  @ApiOkResponse({ description: 'Your own feed tokens (never the token itself).', type: [CalendarFeedSchema] })
  list(@CurrentActor() actor: Actor): FeedView[] {
    if (actor.kind !== 'person') throw refused('people-only');
    return this.feeds.listOf(actor.personId).map(({ trustId: _trust, ...view }) => view);
  }

  @Delete('calendar-feeds/:feedId')
  @ApiOperation({ summary: 'Revoke a calendar feed token', description: "Stops a feed token working. You may revoke your own; a trust admin may revoke anyone's in the trust." })
  @ApiProblems(409)
  @HttpCode(200)
  @Access('revokeCalendarFeed')
  @ApiOkResponse({ description: 'Revokes one of your feed tokens (a trust admin may revoke anyone’s in the trust).', type: CalendarFeedRevokedSchema })
  async revoke(
    @Param('trustId') trustId: string,
    @Param('feedId') feedId: string,
    @CurrentActor() actor: Actor,
  ): Promise<RevokedFeed> {
    return this.commands.execute(new RevokeCalendarFeedCommand(actor, trustId, feedId));
  }
}
