import type { CRMSettings, Prisma } from '@hospital-crm/db';

/** GET/PUT /crm/settings: the settings row (less bookkeeping) and the hospital's time zone. */
export function toSettingsView(row: CRMSettings, timezone: string) {
  return {
    id: row.id,
    hospitalId: row.hospitalId,
    timezone,
    autoAssignLeads: row.autoAssignLeads,
    assignmentStrategy: row.assignmentStrategy,
    autoFollowUpTask: row.autoFollowUpTask,
    followUpTaskDueHours: row.followUpTaskDueHours,
    autoSurveyEnabled: row.autoSurveyEnabled,
    surveyDelayHours: row.surveyDelayHours,
    surveyChannel: row.surveyChannel,
    postVisitSurveyId: row.postVisitSurveyId,
    postDischargeSurveyId: row.postDischargeSurveyId,
    quietHoursStart: row.quietHoursStart,
    quietHoursEnd: row.quietHoursEnd,
    rateLimits: row.rateLimits,
    frequencyCapPerWeek: row.frequencyCapPerWeek,
    taskReminderMinutes: row.taskReminderMinutes,
    attributionWindowDays: row.attributionWindowDays,
    updatedById: row.updatedById,
    updatedAt: row.updatedAt,
  };
}

export type SettingsView = ReturnType<typeof toSettingsView>;
type Field = Exclude<keyof SettingsView, 'id' | 'hospitalId' | 'updatedById' | 'updatedAt'>;

/** The fields a change touched and their values before and after, for the audit log. */
export function settingsDiff(before: SettingsView, after: SettingsView, fields: readonly Field[]) {
  const changed = fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  const pick = (view: SettingsView): Record<string, Prisma.InputJsonValue | null> => Object.fromEntries(changed.map((f) => [f, view[f]]));
  return { changed, before: pick(before), after: pick(after) };
}

export type SettingsField = Field;
