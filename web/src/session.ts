/**
 * The signed-in session. The access token lives in sessionStorage: it survives a reload but
 * not closing the tab, and it is sent only as an Authorization header (never as a cookie), so
 * other sites cannot make the browser use it.
 */
const TOKEN = 'governance.token';
const EXPIRES = 'governance.expiresAt';

export const session = {
  token(): string | null {
    const token = sessionStorage.getItem(TOKEN);
    const expiresAt = sessionStorage.getItem(EXPIRES);
    if (!token) return null;
    if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
      session.clear();
      return null;
    }
    return token;
  },

  start(token: string, expiresAt: string): void {
    sessionStorage.setItem(TOKEN, token);
    sessionStorage.setItem(EXPIRES, expiresAt);
  },

  clear(): void {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(EXPIRES);
  },
};
