import { describe, expect, it } from '@jest/globals';
import { HttpError } from 'ra-core';
import { describeLoginError } from './loginError';

describe('describeLoginError', () => {
  it('names bad credentials plainly', () => {
    expect(describeLoginError(new HttpError('Invalid credentials', 401))).toEqual({
      key: 'crm.login.errors.invalid_credentials',
    });
  });

  it('explains rate limiting', () => {
    expect(describeLoginError(new HttpError('ThrottlerException: Too Many Requests', 429))).toEqual({
      key: 'crm.login.errors.too_many_attempts',
    });
  });

  it('reports an unreachable server', () => {
    expect(describeLoginError(new HttpError('crm.errors.network', 0))).toEqual({ key: 'crm.errors.network' });
  });

  it('passes any other server message through', () => {
    expect(describeLoginError(new HttpError('Account disabled', 403))).toEqual({
      key: 'crm.login.errors.generic',
      args: { message: 'Account disabled' },
    });
  });
});

describe('describeLoginError for our own message keys', () => {
  it('shows a known key as is (API down behind the proxy)', () => {
    expect(describeLoginError(new HttpError('crm.errors.api_unavailable', 502))).toEqual({
      key: 'crm.errors.api_unavailable',
    });
  });
});
