import type { LinkPurpose } from '../directory/sign-in-links';

export interface LinkEmail {
  subject: string;
  body: string;
}

/** The web app's page each kind of link opens. */
export const LINK_PAGES: Record<LinkPurpose, string> = {
  invitation: 'set-password',
  'password-reset': 'set-password',
  'email-link': 'email-link',
};

export function linkUrl(publicUrl: string, purpose: LinkPurpose, token: string): string {
  return `${publicUrl}/#/${LINK_PAGES[purpose]}?token=${encodeURIComponent(token)}`;
}

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Plain-text emails in plain English: what the link is for, until when, and what to do if unexpected. */
export function linkEmail(
  purpose: LinkPurpose,
  details: { name: string | null; trustName: string; url: string; expiresAt: Date },
): LinkEmail {
  const greeting = details.name ? `Dear ${details.name},` : 'Hello,';
  const until = londonTime.format(details.expiresAt);
  switch (purpose) {
    case 'invitation':
      return {
        subject: `You have been invited to the ${details.trustName} governance tracker`,
        body: [
          greeting,
          '',
          `${details.trustName} has given you an account on its governance tracker.`,
          'To start, choose your password by opening this link:',
          '',
          details.url,
          '',
          `The link works once, until ${until} (UK time).`,
          'If it has expired, ask your trust administrator to send a new invitation.',
        ].join('\n'),
      };
    case 'password-reset':
      return {
        subject: 'Set a new password for the governance tracker',
        body: [
          greeting,
          '',
          'Someone asked to set a new password for your governance tracker account.',
          'If it was you, open this link and choose a new password:',
          '',
          details.url,
          '',
          `The link works once, until ${until} (UK time).`,
          'If you did not ask, you can ignore this email: your password stays as it is.',
        ].join('\n'),
      };
    case 'email-link':
      return {
        subject: 'Your sign-in link for the governance tracker',
        body: [
          greeting,
          '',
          'Open this link to sign in to the governance tracker:',
          '',
          details.url,
          '',
          `The link works once, until ${until} (UK time).`,
          'If you did not ask for it, you can ignore this email.',
        ].join('\n'),
      };
  }
}
