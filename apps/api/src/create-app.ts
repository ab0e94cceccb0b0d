import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { PROBLEM_CONTENT_TYPE } from './http/problem';
import { fromBodyParserError, ProblemDetailsFilter } from './http/problem-details.filter';
import { rejectDeepBodies } from './http/body-depth.middleware';
import { requireKnownContentEncoding } from './http/content-encoding.middleware';
import { requireKnownContentType } from './http/content-type.middleware';
import { warnOnceAboutIgnoredForwarding } from './http/ignored-forwarding.middleware';
import { requestContext } from './http/request-context.middleware';
import { createValidationPipe } from './http/validation.pipe';
import { serveWebApp } from './web/web-app';
import { AppLogger } from './startup/app-logger';

export const JSON_BODY_LIMIT = '1mb';

/** Builds the configured application (not yet listening): used by main.ts, the CLI and the tests. */
export async function createApp(config: AppConfig, logger = new AppLogger(config.logLevel)): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    // Throw start-up errors to the caller (main.ts prints them) instead of exiting the process.
    abortOnError: false,
    logger: config.logLevel === 'silent' ? false : logger,
  });
  app.disable('x-powered-by');
  // Security headers; CORS stays closed (Nest enables it only when asked), so other origins cannot call the API.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  // X-Forwarded-For counts only from the proxies named in TRUST_PROXY; by default from nobody.
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  if (config.trustProxy.length === 0) {
    const proxyLogger = new Logger('TrustProxy');
    app.use(warnOnceAboutIgnoredForwarding((message) => proxyLogger.warn(message)));
  }
  app.use(requestContext);
  serveWebApp(app);
  app.use('/api', requireKnownContentType);
  app.use('/api', requireKnownContentEncoding);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(bodyErrorsAsProblems);
  app.use(rejectDeepBodies);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Governance tracker API')
      .setDescription('Policy review cycles, approvals, EIAs and link governor work across a multi-academy trust.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** Express reports body-parser failures before Nest's filters run; answer them as problems too. */
function bodyErrorsAsProblems(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const body = fromBodyParserError(error);
  if (!body) return next(error);
  response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

