import { ApiError } from '../common/envelope';
import type { PrismaClient } from '../common/prisma/prisma.module';
import type { UpdateSettingsDto } from './dto/update-settings.dto';
import type { SettingsView } from './settings-view';

type Reader = Pick<PrismaClient, 'cRMSurvey'>;
const fieldError = (field: string, message: string) => ApiError.unprocessable(message, [{ field, messages: [message] }]);

/** Rules across fields, checked on the settings as they would be after the change (422). */
export function assertCoherent(current: SettingsView, dto: UpdateSettingsDto): void {
  const start = dto.quietHoursStart !== undefined ? dto.quietHoursStart : current.quietHoursStart;
  const end = dto.quietHoursEnd !== undefined ? dto.quietHoursEnd : current.quietHoursEnd;
  if ((start === null) !== (end === null)) {
    throw fieldError(start === null ? 'quietHoursStart' : 'quietHoursEnd', 'Quiet hours need both a start and an end (or neither)');
  }
  if (start !== null && start === end) throw fieldError('quietHoursEnd', 'Quiet hours must end at a different time than they start');
  const autoAssign = dto.autoAssignLeads ?? current.autoAssignLeads;
  const strategy = dto.assignmentStrategy ?? current.assignmentStrategy;
  if (autoAssign && strategy === 'OFF') {
    throw fieldError('assignmentStrategy', 'Automatic assignment needs a strategy: ROUND_ROBIN or LEAST_LOADED');
  }
}

/** A survey chosen for automatic sending must be an active survey of this hospital (422). */
export async function assertSurveysUsable(db: Reader, hospitalId: string, dto: UpdateSettingsDto): Promise<void> {
  for (const field of ['postVisitSurveyId', 'postDischargeSurveyId'] as const) {
    const id = dto[field];
    if (!id) continue;
    const survey = await db.cRMSurvey.findFirst({ where: { id, hospitalId }, select: { isActive: true } });
    if (!survey) throw fieldError(field, `${field}: no survey ${id} in this hospital`);
    if (!survey.isActive) throw fieldError(field, `${field}: survey ${id} is inactive`);
  }
}
