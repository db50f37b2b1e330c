import { formatHospitalTime, plainTextToEmailHtml } from '@hospital-crm/domain';
import { deterministicUuid, queueOutboundCommunication, type BodyCipher, type Prisma } from '@hospital-crm/db';

export interface TaskNotice {
  /** Unique per task, due date and event: a retried activity finds what the first attempt wrote. */
  dedupeKey: string;
  type: 'TASK_REMINDER' | 'TASK_OVERDUE';
  title: string;
}

interface NoticeTask {
  id: string;
  hospitalId: string;
  title: string;
  dueDate: Date;
  assignedToId: string;
}

/**
 * Tells the assignee: always in the app, and by email too when they asked for it (and are still
 * active). Returns the queued email's id, for the workflow to send through `communication-<id>`.
 */
export async function noticeToAssignee(tx: Prisma.TransactionClient, cipher: BodyCipher, task: NoticeTask, notice: TaskNotice): Promise<string | undefined> {
  await tx.notification.upsert({
    where: { dedupeKey: notice.dedupeKey },
    create: {
      dedupeKey: notice.dedupeKey,
      hospitalId: task.hospitalId,
      userId: task.assignedToId,
      type: notice.type,
      title: notice.title,
      link: `/tasks/${task.id}`,
    },
    update: {},
  });
  const assignee = await tx.user.findUnique({
    where: { id: task.assignedToId },
    select: { email: true, firstName: true, notifyByEmail: true, isActive: true },
  });
  if (!assignee?.notifyByEmail || !assignee.isActive) return undefined;
  const { timezone } = await tx.hospital.findUniqueOrThrow({ where: { id: task.hospitalId }, select: { timezone: true } });
  return queueOutboundCommunication(tx, cipher, {
    id: deterministicUuid(`email:${notice.dedupeKey}`),
    hospitalId: task.hospitalId,
    channel: 'EMAIL',
    toAddress: assignee.email.toLowerCase(),
    subject: notice.title,
    body: plainTextToEmailHtml(
      `Hi ${assignee.firstName},\n\n${notice.title}\nDue: ${formatHospitalTime(task.dueDate, timezone)}\n\nOpen the CRM to update the task.`,
    ),
    isMarketing: false,
  });
}
