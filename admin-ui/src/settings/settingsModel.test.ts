import { describe, expect, it } from '@jest/globals';
import type { CrmSettings } from '../providers/apiTypes';
import { parseReminderMinutes, timeZoneChoices, toSettingsChanges, toSettingsForm } from './settingsModel';

const SETTINGS: CrmSettings = {
  id: 's1',
  hospitalId: 'h1',
  timezone: 'Asia/Kolkata',
  autoAssignLeads: true,
  assignmentStrategy: 'ROUND_ROBIN',
  autoFollowUpTask: true,
  followUpTaskDueHours: 24,
  autoSurveyEnabled: false,
  surveyDelayHours: 24,
  surveyChannel: 'EMAIL',
  postVisitSurveyId: null,
  postDischargeSurveyId: 'survey-2',
  quietHoursStart: '21:00',
  quietHoursEnd: null,
  rateLimits: { SMS: 20 },
  frequencyCapPerWeek: 3,
  taskReminderMinutes: [1440, 60],
  attributionWindowDays: 30,
  updatedById: null,
  updatedAt: '2026-11-24T00:00:00.000Z',
};

describe('settings form', () => {
  it('shows nulls as blanks, every channel limit and the reminders as text', () => {
    const form = toSettingsForm(SETTINGS);
    expect(form).toMatchObject({
      quietHoursStart: '21:00',
      quietHoursEnd: '',
      postVisitSurveyId: '',
      postDischargeSurveyId: 'survey-2',
      rateLimits: { EMAIL: null, SMS: 20, WHATSAPP: null },
      taskReminderMinutes: '1440, 60',
    });
  });

  it('sends only the fields the API accepts, blanks as null, channels without a limit left out', () => {
    const changes = toSettingsChanges({ ...toSettingsForm(SETTINGS), quietHoursEnd: ' 08:00 ', taskReminderMinutes: '2880,120 30' });
    expect(changes).not.toHaveProperty('id');
    expect(changes).not.toHaveProperty('hospitalId');
    expect(changes).not.toHaveProperty('updatedAt');
    expect(changes).toMatchObject({
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      postVisitSurveyId: null,
      postDischargeSurveyId: 'survey-2',
      rateLimits: { SMS: 20 },
      taskReminderMinutes: [2880, 120, 30],
    });
  });

  it('keeps a reminder that is not a number as typed, so the API names the field', () => {
    expect(parseReminderMinutes('60, soon, 1.5')).toEqual([60, 'soon', 1.5]);
    expect(parseReminderMinutes('  ')).toEqual([]);
  });

  it('offers the current time zone even when the browser does not list it', () => {
    const choices = timeZoneChoices('Mars/Olympus_Mons');
    expect(choices[0]).toEqual({ id: 'Mars/Olympus_Mons', name: 'Mars/Olympus Mons' });
    expect(choices.some((c) => c.id === 'Europe/London')).toBe(true);
  });
});
