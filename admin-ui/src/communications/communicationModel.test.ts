import { describe, expect, it } from '@jest/globals';
import type { MessageTemplate } from '../providers/apiTypes';
import { buildLogPayload, buildSendPayload, emptyLogForm, emptySendForm, sendFormProblems, variablesToFill } from './communicationModel';

const template = (variables: string[]): MessageTemplate => ({
  id: 't1',
  name: 'Reminder',
  channel: 'SMS',
  category: 'APPOINTMENT_REMINDER',
  subject: null,
  content: 'Hi {{firstName}}, see {{doctorName}} on {{appointmentDate}}',
  variables,
  isActive: true,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  createdBy: null,
});

describe('send message payload', () => {
  it('writes a WhatsApp message: body only, no subject, not marketing', () => {
    const form = { ...emptySendForm('WHATSAPP'), subject: 'ignored', body: '  Your reports are ready.  ' };
    expect(buildSendPayload(form, 'lead-1')).toEqual({ channel: 'WHATSAPP', leadId: 'lead-1', isMarketing: false, body: 'Your reports are ready.' });
  });

  it('keeps the subject for an email', () => {
    const form = { ...emptySendForm('EMAIL'), subject: ' Reports ', body: 'Ready' };
    expect(buildSendPayload(form, 'lead-1')).toMatchObject({ channel: 'EMAIL', subject: 'Reports', body: 'Ready' });
  });

  it('sends a template with only its own variables, never a body', () => {
    const form = {
      ...emptySendForm('SMS'),
      mode: 'template' as const,
      templateId: 't1',
      body: 'left over from writing',
      variables: { doctorName: ' Dr. Mehta ', appointmentDate: '12 March', firstName: 'not sent', stray: 'x' },
      isMarketing: true,
    };
    expect(buildSendPayload(form, 'lead-1', template(['firstName', 'doctorName', 'appointmentDate']))).toEqual({
      channel: 'SMS',
      leadId: 'lead-1',
      isMarketing: true,
      templateId: 't1',
      variables: { doctorName: 'Dr. Mehta', appointmentDate: '12 March' },
    });
  });

  it('adds sendAt as an instant when scheduling', () => {
    const form = { ...emptySendForm('SMS'), body: 'Hi', timing: 'later' as const, sendAt: '2026-12-01T09:30' };
    expect(buildSendPayload(form, 'lead-1').sendAt).toBe(new Date(2026, 11, 1, 9, 30).toISOString());
  });

  it('asks only for the variables the lead and hospital do not fill', () => {
    expect(variablesToFill(template(['firstName', 'hospitalName', 'doctorName']))).toEqual(['doctorName']);
    expect(variablesToFill(null)).toEqual([]);
  });

  it('names what is missing before sending', () => {
    const now = new Date(2026, 10, 20, 12, 0);
    expect(sendFormProblems(emptySendForm('EMAIL'), null, now)).toEqual([
      'resources.communications.send.problems.subject',
      'resources.communications.send.problems.body',
    ]);
    expect(sendFormProblems({ ...emptySendForm('SMS'), mode: 'template' }, null, now)).toEqual(['resources.communications.send.problems.template']);
    expect(sendFormProblems({ ...emptySendForm('SMS'), mode: 'template', templateId: 't1' }, template(['doctorName']), now)).toEqual([
      'resources.communications.send.problems.variables',
    ]);
    expect(sendFormProblems({ ...emptySendForm('SMS'), body: 'Hi', timing: 'later', sendAt: '' }, null, now)).toEqual([
      'resources.communications.send.problems.send_at',
    ]);
    expect(sendFormProblems({ ...emptySendForm('SMS'), body: 'Hi', timing: 'later', sendAt: '2026-11-20T11:00' }, null, now)).toEqual([
      'resources.communications.send.problems.send_at_past',
    ]);
    expect(sendFormProblems({ ...emptySendForm('SMS'), body: 'Hi', timing: 'later', sendAt: '2026-11-21T11:00' }, null, now)).toEqual([]);
  });
});

describe('log payload', () => {
  it('logs a call with its duration in seconds and no "responded"', () => {
    const form = { ...emptyLogForm(), outcome: ' Wants an evening slot ', durationMinutes: '4.5', notes: '' };
    expect(buildLogPayload(form, 'lead-1')).toEqual({
      channel: 'PHONE_CALL',
      direction: 'OUTBOUND',
      leadId: 'lead-1',
      outcome: 'Wants an evening slot',
      durationSeconds: 270,
    });
  });

  it('logs a message sent elsewhere with whether it was answered, and no duration', () => {
    const form = { ...emptyLogForm(), channel: 'WHATSAPP' as const, durationMinutes: '3', responded: true, occurredAt: '2026-11-20T09:00' };
    expect(buildLogPayload(form, 'lead-1')).toEqual({
      channel: 'WHATSAPP',
      direction: 'OUTBOUND',
      leadId: 'lead-1',
      occurredAt: new Date(2026, 10, 20, 9, 0).toISOString(),
      responded: true,
    });
  });

  it('ignores a duration that is not a number', () => {
    expect(buildLogPayload({ ...emptyLogForm(), durationMinutes: 'abc' }, 'l').durationSeconds).toBeUndefined();
  });
});
