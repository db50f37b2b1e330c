import { describe, expect, it } from '@jest/globals';
import { cleanTemplate, withUsedVariables } from './templateModel';

describe('template form', () => {
  it('sends only the fields the API accepts, names trimmed and variables once each', () => {
    expect(
      cleanTemplate({
        id: 't1',
        createdBy: { id: 'u1' },
        name: '  Reminder ',
        channel: 'SMS',
        category: 'APPOINTMENT_REMINDER',
        subject: 'left over',
        content: 'Hi {{firstName}} ',
        variables: ['firstName', ' firstName ', '', 'doctorName'],
        isActive: true,
      }),
    ).toEqual({
      name: 'Reminder',
      channel: 'SMS',
      category: 'APPOINTMENT_REMINDER',
      subject: null,
      content: 'Hi {{firstName}} ',
      variables: ['firstName', 'doctorName'],
      isActive: true,
    });
  });

  it('keeps the subject of an email', () => {
    expect(cleanTemplate({ channel: 'EMAIL', subject: ' Your visit ', content: 'x' })).toMatchObject({ subject: 'Your visit' });
  });

  it('declares the variables the text uses that are missing, in order of use', () => {
    expect(withUsedVariables(['firstName'], ['firstName', 'doctorName', 'slot'])).toEqual(['firstName', 'doctorName', 'slot']);
    expect(withUsedVariables(null, [])).toEqual([]);
  });
});
