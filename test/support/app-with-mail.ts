import { LoopbackSmtpServer } from '@governance/notifications/testing/loopback-smtp-server';
import { startTestApp, TestApp } from './test-app';

/** The test app whose email is caught: `mail` is the SMTP server it sends to. */
export interface AppWithMail extends TestApp {
  mail: LoopbackSmtpServer;
}

/**
 * The real app (startTestApp) sending its email to a real SMTP server on loopback, with the
 * review scan off so only what a test asks for is sent. close() closes the app, then the server.
 */
export async function startAppWithMail(env: Record<string, string> = {}): Promise<AppWithMail> {
  const mail = new LoopbackSmtpServer();
  const smtpUrl = await mail.start();
  let app: TestApp;
  try {
    app = await startTestApp({ SMTP_URL: smtpUrl, REVIEW_SCAN: 'off', ...env });
  } catch (error) {
    await mail.close();
    throw error;
  }
  return {
    ...app,
    mail,
    async close(options) {
      await app.close(options);
      await mail.close();
    },
  };
}
