// The settings form in both directions: the API's settings as form values (blank for "none"),
// and the form's values as the body of PUT /crm/settings (blank back to null, the reminder list
// parsed). Values are sent as typed so the API, which owns the rules, names what it refuses.
import { SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';
import type { CrmSettings } from '../providers/apiTypes';
import type { SettingsChanges } from '../providers/customMethods';

export const ASSIGNMENT_STRATEGIES = ['OFF', 'ROUND_ROBIN', 'LEAST_LOADED'] as const;

export type SettingsFormValues = Omit<
  CrmSettings,
  'quietHoursStart' | 'quietHoursEnd' | 'postVisitSurveyId' | 'postDischargeSurveyId' | 'rateLimits' | 'taskReminderMinutes'
> & {
  quietHoursStart: string;
  quietHoursEnd: string;
  postVisitSurveyId: string;
  postDischargeSurveyId: string;
  rateLimits: Record<SendableChannel, number | null>;
  /** "1440, 60": minutes before the due time, as staff type them. */
  taskReminderMinutes: string;
};

export const toSettingsForm = (settings: CrmSettings): SettingsFormValues => ({
  ...settings,
  quietHoursStart: settings.quietHoursStart ?? '',
  quietHoursEnd: settings.quietHoursEnd ?? '',
  postVisitSurveyId: settings.postVisitSurveyId ?? '',
  postDischargeSurveyId: settings.postDischargeSurveyId ?? '',
  rateLimits: Object.fromEntries(SENDABLE_CHANNELS.map((channel) => [channel, settings.rateLimits?.[channel] ?? null])) as Record<
    SendableChannel,
    number | null
  >,
  taskReminderMinutes: settings.taskReminderMinutes.join(', '),
});

const blankToNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

/** "1440, 60" → [1440, 60]; a piece that is not a number is kept as typed, for the API to refuse by name. */
export const parseReminderMinutes = (text: string): Array<number | string> =>
  text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((piece) => (/^-?\d+(\.\d+)?$/.test(piece) ? Number(piece) : piece));

export const toSettingsChanges = (values: SettingsFormValues): SettingsChanges => {
  const rateLimits = Object.fromEntries(
    Object.entries(values.rateLimits ?? {}).filter(
      (entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined && String(entry[1]) !== '',
    ),
  );
  return {
    timezone: values.timezone,
    autoAssignLeads: values.autoAssignLeads,
    assignmentStrategy: values.assignmentStrategy,
    autoFollowUpTask: values.autoFollowUpTask,
    followUpTaskDueHours: values.followUpTaskDueHours,
    autoSurveyEnabled: values.autoSurveyEnabled,
    surveyDelayHours: values.surveyDelayHours,
    surveyChannel: values.surveyChannel,
    postVisitSurveyId: blankToNull(values.postVisitSurveyId),
    postDischargeSurveyId: blankToNull(values.postDischargeSurveyId),
    quietHoursStart: blankToNull(values.quietHoursStart),
    quietHoursEnd: blankToNull(values.quietHoursEnd),
    rateLimits,
    frequencyCapPerWeek: values.frequencyCapPerWeek,
    // the API refuses what is not a whole number of minutes, naming the field
    taskReminderMinutes: parseReminderMinutes(values.taskReminderMinutes ?? '') as number[],
    attributionWindowDays: values.attributionWindowDays,
  };
};

/** The IANA zones this browser knows, with the current one first if it is missing (an older browser). */
export const timeZoneChoices = (current: string | undefined): Array<{ id: string; name: string }> => {
  const known: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = current && !known.includes(current) ? [current, ...known] : known;
  return zones.map((zone) => ({ id: zone, name: zone.replace(/_/g, ' ') }));
};
