import { MailFromDomainNotVerifiedException, MessageRejected, SESServiceException } from '@aws-sdk/client-ses';
import { InternalErrorException, InvalidParameterException, OptedOutException, SNSServiceException, ThrottledException } from '@aws-sdk/client-sns';
import twilio from 'twilio';
import { ProviderOutcomeUnknown, ProviderRejection } from './channel';
import { classifyProviderError } from './provider-errors';

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
const ses = (name: string, status: number, message = `${name} from SES`) =>
  new SESServiceException({ name, $fault: status >= 500 ? 'server' : 'client', message, ...meta(status) });
const sns = (name: string, status: number, message = `${name} from SNS`) =>
  new SNSServiceException({ name, $fault: status >= 500 ? 'server' : 'client', message, ...meta(status) });
const twilioError = (statusCode: number, code?: number, message = 'Twilio says no') =>
  new twilio.RestException({ statusCode, body: code === undefined ? 'not json' : JSON.stringify({ code, message, status: statusCode }) });
const network = (code: string, message: string) => Object.assign(new Error(message), { code });
const sdkTimeout = () => Object.assign(new Error('Connection timed out after 8000 ms'), { name: 'TimeoutError', $metadata: { attempts: 1 } });

describe('classifyProviderError', () => {
  it.each([
    ['ses', new MessageRejected({ message: 'Email address is not verified.', ...meta(400) }), 'MessageRejected'],
    ['ses', new MailFromDomainNotVerifiedException({ message: 'MAIL FROM domain not verified', ...meta(400) }), 'MailFromDomainNotVerified'],
    ['ses', ses('InvalidParameterValue', 400), 'InvalidParameterValue'],
    ['ses', ses('ConfigurationSetDoesNotExist', 400), 'ConfigurationSetDoesNotExist'],
    ['ses', ses('AccountSendingPausedException', 400), 'AccountSendingPaused'],
    ['sns', new InvalidParameterException({ message: 'Invalid parameter: PhoneNumber', ...meta(400) }), 'InvalidParameter'],
    ['sns', sns('InvalidParameterValue', 400), 'InvalidParameterValue'],
    ['sns', new OptedOutException({ message: 'Phone number is opted out', ...meta(400) }), 'OptedOut'],
    ['twilio', twilioError(400, 21211, "The 'To' number +1555 is not a valid phone number."), '21211'],
    ['twilio', twilioError(400, 21610, 'Attempt to send to unsubscribed recipient'), '21610'],
    ['twilio', twilioError(400, 63016, 'Outside the allowed window'), '63016'],
    ['twilio', twilioError(401, 20003, 'Authenticate'), '20003'],
    ['twilio', twilioError(404), '404'],
  ] as const)('%s %p is a permanent rejection (code %s)', (provider, error, code) => {
    const result = classifyProviderError(provider, error);
    expect(result).toBeInstanceOf(ProviderRejection);
    expect(result).toMatchObject({ provider, code });
    expect((result as ProviderRejection).reason).toBeTruthy();
  });

  it.each([
    ['ses', ses('Throttling', 400, 'Maximum sending rate exceeded.'), /throttled/],
    ['ses', ses('ServiceUnavailable', 503), /HTTP 503/],
    ['ses', ses('InternalFailure', 500), /HTTP 500/],
    ['ses', ses('AccessDenied', 403), /HTTP 403/],
    ['ses', ses('Unknown', 502, 'Deserialization error: to see the raw response, inspect the hidden field'), /HTTP 502/],
    ['ses', sdkTimeout(), /no usable answer.*TimeoutError: Connection timed out/],
    ['sns', new ThrottledException({ message: 'Rate exceeded', ...meta(400) }), /throttled/],
    ['sns', new InternalErrorException({ message: 'Internal error', ...meta(500) }), /HTTP 500/],
    ['sns', sns('TooManyRequestsException', 429), /throttled/],
    ['sns', network('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5239'), /provider unreachable.*ECONNREFUSED/],
    ['twilio', twilioError(429, 20429, 'Too Many Requests'), /HTTP 429/],
    ['twilio', twilioError(500, 20500, 'Internal Server Error'), /HTTP 500/],
    ['twilio', twilioError(503), /HTTP 503/],
    ['twilio', network('ECONNABORTED', 'timeout of 8000ms exceeded'), /no usable answer.*ECONNABORTED: timeout of 8000ms exceeded/],
    ['twilio', network('ECONNRESET', 'socket hang up'), /no usable answer/],
    ['twilio', new SyntaxError('Unexpected token < in JSON at position 0'), /no usable answer.*SyntaxError/],
    ['twilio', 'a string was thrown', /a string was thrown/],
  ] as const)('%s %p is transient (%s)', (provider, error, message) => {
    const result = classifyProviderError(provider, error);
    expect(result).not.toBeInstanceOf(ProviderRejection);
    expect(result).toBeInstanceOf(Error);
    expect(result.message).toMatch(new RegExp(`^${provider} send failed`));
    expect(result.message).toMatch(message);
    expect(result.cause).toBe(error);
  });

  // The request may have reached the provider: the sender keeps its dispatch marker and asks first.
  it.each([
    ['ses', sdkTimeout(), true],
    ['twilio', network('ECONNABORTED', 'timeout of 8000ms exceeded'), true],
    ['twilio', network('ECONNRESET', 'socket hang up'), true],
    ['twilio', new SyntaxError('Unexpected token < in JSON at position 0'), true],
    ['sns', network('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5239'), false],
    ['twilio', network('ENOTFOUND', 'getaddrinfo ENOTFOUND api.twilio.com'), false],
    ['twilio', twilioError(503), false],
    ['ses', ses('ServiceUnavailable', 503), false],
  ] as const)('%s %p leaves the outcome unknown: %p', (provider, error, unknown) => {
    expect(classifyProviderError(provider, error) instanceof ProviderOutcomeUnknown).toBe(unknown);
  });

  it('passes a ProviderRejection through unchanged', () => {
    const rejection = new ProviderRejection('twilio', 'WhatsApp is not configured', 'NOT_CONFIGURED');
    expect(classifyProviderError('twilio', rejection)).toBe(rejection);
  });
});
