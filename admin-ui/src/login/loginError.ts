// What to tell someone whose sign-in failed, by HTTP status: wrong credentials and rate
// limiting get their own plain words, anything else shows the server's message.

export type LoginErrorMessage = { key: string; args?: Record<string, string> };

export const describeLoginError = (error: unknown): LoginErrorMessage => {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'crm.errors.http';
  switch (status) {
    case 401:
      return { key: 'crm.login.errors.invalid_credentials' };
    case 429:
      return { key: 'crm.login.errors.too_many_attempts' };
    case 0:
      return { key: 'crm.errors.network' };
    default:
      return message.startsWith('crm.') ? { key: message } : { key: 'crm.login.errors.generic', args: { message } };
  }
};
