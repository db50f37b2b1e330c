import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { TEMPLATE_LIMITS, contentMaxFor, isTemplateChannel, isTemplateVariableName, type TemplateChannel } from '@hospital-crm/domain';

/** One line: a subject becomes a mail header. */
export const SINGLE_LINE = /^[^\r\n]*$/;

const channelOf = (args: ValidationArguments): TemplateChannel | undefined => {
  const channel = (args.object as { channel?: unknown }).channel;
  return typeof channel === 'string' && isTemplateChannel(channel) ? channel : undefined;
};

/**
 * The subject fits the template's channel: EMAIL needs one; SMS and WhatsApp have none.
 * Without a channel in the same body (a partial update) only the value itself is checked here.
 */
export function SubjectFitsChannel(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'subjectFitsChannel',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const channel = channelOf(args);
          const absent = value === undefined || value === null;
          // SMS and WhatsApp: none, or an empty form field.
          if (channel && channel !== 'EMAIL') return absent || (typeof value === 'string' && value.trim() === '');
          if (absent) return channel !== 'EMAIL';
          return typeof value === 'string' && value.trim() !== '' && value.length <= TEMPLATE_LIMITS.subjectMax && SINGLE_LINE.test(value);
        },
        defaultMessage(args: ValidationArguments) {
          const channel = channelOf(args);
          const value = args.value as unknown;
          if (channel && channel !== 'EMAIL') return `subject is only for EMAIL templates; leave it out for ${channel}`;
          if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return 'subject is required for EMAIL templates';
          if (typeof value !== 'string') return 'subject must be a string';
          if (!SINGLE_LINE.test(value)) return 'subject must be one line';
          return `subject must be at most ${TEMPLATE_LIMITS.subjectMax} characters`;
        },
      },
    });
}

/** The body fits its channel: at most 1,600 characters for SMS, 10,000 otherwise. */
export function ContentFitsChannel(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'contentFitsChannel',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string') return false;
          const max = contentMaxFor(channelOf(args) ?? 'EMAIL');
          return value.trim() !== '' && value.length <= max;
        },
        defaultMessage(args: ValidationArguments) {
          const value = args.value as unknown;
          if (typeof value !== 'string') return 'content must be a string';
          if (value.trim() === '') return 'content is required';
          const channel = channelOf(args);
          return channel === 'SMS'
            ? `content must be at most ${TEMPLATE_LIMITS.smsContentMax} characters for SMS`
            : `content must be at most ${TEMPLATE_LIMITS.contentMax} characters`;
        },
      },
    });
}

/** Each entry is a usable variable name: letters, digits and _, starting with a letter, at most 50, not reserved. */
export function IsTemplateVariableName(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTemplateVariableName',
      target: target.constructor,
      propertyName,
      options: {
        message: `each variable must be a name of letters, digits and _ starting with a letter (at most ${TEMPLATE_LIMITS.variableNameMax}), like firstName, and not a reserved name such as constructor`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTemplateVariableName(value) },
    });
}
