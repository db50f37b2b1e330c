import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { classifyNps, type Sentiment } from '@hospital-crm/domain';
import { TaskTimers } from '../../tasks/task-timers';

type Tx = Prisma.TransactionClient;
const HOUR_MS = 3_600_000;

export interface RecoveryFacts {
  hospitalId: string;
  surveyName: string;
  /** Null for anonymous surveys: the task is then to review the feedback, not to call anyone. */
  patient: { id: string; firstName: string; lastName: string } | null;
  doctorId: string | null;
  npsScore: number | null;
  sentiment: Sentiment | null;
  comments: string;
}

/**
 * Opens the service-recovery task for a detractor or a negative response, created like every
 * task (hospital's due hours and reminders, assignee notified) and with its `task-<id>` timer
 * workflow started in the same transaction. It goes to the longest-serving active hospital
 * admin (patient relations), else to the visit's doctor; with neither, no task (the response
 * stays flagged requiresFollowUp).
 */
@Injectable()
export class ServiceRecoveryTasks {
  constructor(private readonly timers: TaskTimers) {}

  async open(tx: Tx, facts: RecoveryFacts, now: Date): Promise<string | null> {
    const assigneeId = await this.assignee(tx, facts);
    if (!assigneeId) return null;
    const settings = await tx.cRMSettings.findUnique({ where: { hospitalId: facts.hospitalId } });
    const who = facts.patient ? `${facts.patient.firstName} ${facts.patient.lastName}` : 'an anonymous patient';
    const score = facts.npsScore === null ? '' : ` (NPS ${facts.npsScore}, ${classifyNps(facts.npsScore).toLowerCase()})`;
    const task = await tx.cRMTask.create({
      data: {
        hospitalId: facts.hospitalId,
        patientId: facts.patient?.id ?? null,
        assignedToId: assigneeId,
        title: `Service recovery: ${who}${score}`,
        description: [
          `Survey "${facts.surveyName}" flagged for follow-up${score}, sentiment ${facts.sentiment ?? 'unknown'}.`,
          facts.comments ? `Comments:\n${facts.comments}` : null,
        ]
          .filter(Boolean)
          .join('\n\n'),
        taskType: facts.patient ? 'FOLLOW_UP_CALL' : 'CUSTOM',
        priority: 'HIGH',
        dueDate: new Date(now.getTime() + (settings?.followUpTaskDueHours ?? 24) * HOUR_MS),
        reminderMinutesBefore: settings?.taskReminderMinutes ?? [60],
      },
      select: { id: true, title: true, dueDate: true, reminderMinutesBefore: true },
    });
    await tx.notification.create({
      data: { hospitalId: facts.hospitalId, userId: assigneeId, type: 'TASK_ASSIGNED', title: `New task: ${task.title}`, link: `/tasks/${task.id}` },
    });
    // Last, like every task: a scheduler outage rolls the response back (503) rather than leave a task without timers.
    await this.timers.schedule(task.id, { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: task.reminderMinutesBefore });
    return task.id;
  }

  private async assignee(tx: Tx, facts: RecoveryFacts): Promise<string | null> {
    const admin = await tx.user.findFirst({
      where: { hospitalId: facts.hospitalId, role: 'HOSPITAL_ADMIN', isActive: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    if (admin) return admin.id;
    if (!facts.doctorId) return null;
    const doctor = await tx.user.findFirst({ where: { id: facts.doctorId, hospitalId: facts.hospitalId, isActive: true }, select: { id: true } });
    return doctor?.id ?? null;
  }
}
