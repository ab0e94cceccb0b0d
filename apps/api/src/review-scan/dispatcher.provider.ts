import { Logger, Provider } from '@nestjs/common';
import { LogOnlyMailer, Mailer, Outbox, OutboxDispatcher, SmtpMailer } from '@governance/notifications';
import { Clock } from '../clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PeopleDirectory } from '../directory/people-directory';

export const MAILER = Symbol('MAILER');

/** SMTP when SMTP_URL is set; otherwise reminders are recorded and logged, not sent. */
export const mailerProvider: Provider = {
  provide: MAILER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Mailer => {
    const logger = new Logger('Reminders');
    if (config.smtpUrl) return new SmtpMailer(config.smtpUrl);
    logger.log('SMTP_URL is not set: reminders are recorded in the outbox and logged, not sent.');
    return new LogOnlyMailer((line) => logger.log(line));
  },
};

/** Sends the outbox; a recipient's address is looked up in the people directory at sending time. */
export const dispatcherProvider: Provider = {
  provide: OutboxDispatcher,
  inject: [Outbox, MAILER, PeopleDirectory, Clock, APP_CONFIG],
  useFactory: (outbox: Outbox, mailer: Mailer, directory: PeopleDirectory, clock: Clock, config: AppConfig) => {
    const logger = new Logger('Reminders');
    return new OutboxDispatcher({
      outbox,
      mailer,
      from: config.mailFrom,
      recipientOf: (personId) => {
        const person = directory.findById(personId);
        return person && !person.erasedAt && person.email ? { address: person.email, name: person.name } : undefined;
      },
      log: { log: (m) => logger.log(m), warn: (m) => logger.warn(m) },
      now: () => clock.now(),
    });
  },
};
