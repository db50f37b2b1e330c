import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../../common/envelope';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import type { ApiKeyPrincipal } from '../../integrations';
import type { AdmissionDischargedDto, AppointmentCompletedDto, VisitReportDto } from './dto/visit-report.dto';
import { PostVisitSurveys, type SurveyTrigger } from './post-visit-surveys';
import type { SurveyVisit } from '@hospital-crm/workflows';

type Tx = Prisma.TransactionClient;
type SaveVisit = (tx: Tx, patientId: string, visitFields: { doctorId?: string; department?: string }) => Promise<void>;

export interface VisitReport {
  visitId: string;
  patientId: string;
  survey: SurveyTrigger;
}

const unprocessable = (field: string, message: string) => ApiError.unprocessable(message, [{ field, messages: [message] }]);

/**
 * What host systems report through their API key (scope visits:write): a completed appointment
 * or a discharge. The visit row is created or brought up to date (minimal fields), then the
 * hospital's post-visit / post-discharge survey is started. Reporting a visit again is harmless.
 */
@Injectable()
export class VisitTriggersService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly surveys: PostVisitSurveys,
  ) {}

  async appointmentCompleted(key: ApiKeyPrincipal, dto: AppointmentCompletedDto, now = new Date()): Promise<VisitReport> {
    const completedAt = dto.completedAt ? new Date(dto.completedAt) : now;
    return this.report(key, dto, { kind: 'APPOINTMENT', id: dto.appointmentId }, completedAt, async (tx, patientId, visitFields) => {
      this.assertSameVisit(await tx.appointment.findUnique({ where: { id: dto.appointmentId } }), key.hospitalId, patientId, 'appointmentId');
      const fields = { status: 'COMPLETED' as const, completedAt, ...visitFields };
      const scheduledAt = dto.scheduledAt ? new Date(dto.scheduledAt) : completedAt;
      await tx.appointment.upsert({
        where: { id: dto.appointmentId },
        create: { id: dto.appointmentId, hospitalId: key.hospitalId, patientId, scheduledAt, ...fields },
        update: fields,
      });
    });
  }

  async admissionDischarged(key: ApiKeyPrincipal, dto: AdmissionDischargedDto, now = new Date()): Promise<VisitReport> {
    const dischargedAt = dto.dischargedAt ? new Date(dto.dischargedAt) : now;
    return this.report(key, dto, { kind: 'ADMISSION', id: dto.admissionId }, dischargedAt, async (tx, patientId, visitFields) => {
      this.assertSameVisit(await tx.admission.findUnique({ where: { id: dto.admissionId } }), key.hospitalId, patientId, 'admissionId');
      const fields = { dischargedAt, ...visitFields };
      const admittedAt = dto.admittedAt ? new Date(dto.admittedAt) : dischargedAt;
      await tx.admission.upsert({
        where: { id: dto.admissionId },
        create: { id: dto.admissionId, hospitalId: key.hospitalId, patientId, admittedAt, ...fields },
        update: fields,
      });
    });
  }

  /** Resolves the parties, saves the visit row (save), moves the patient's last visit, then triggers the survey. */
  private async report(key: ApiKeyPrincipal, dto: VisitReportDto, visit: SurveyVisit, endedAt: Date, save: SaveVisit): Promise<VisitReport> {
    const patientId = await this.prisma.$transaction(async (tx) => {
      const { patientId, doctorId } = await this.parties(tx, key.hospitalId, dto);
      await save(tx, patientId, { ...(doctorId && { doctorId }), ...(dto.department && { department: dto.department }) });
      await tx.patient.updateMany({ where: { id: patientId, OR: [{ lastVisitAt: null }, { lastVisitAt: { lt: endedAt } }] }, data: { lastVisitAt: endedAt } });
      return patientId;
    });
    return { visitId: visit.id, patientId, survey: await this.surveys.trigger(key.hospitalId, visit, endedAt) };
  }

  /** The patient (by id or MRN) and the doctor, both of the key's hospital; 422 naming the field otherwise. */
  private async parties(tx: Tx, hospitalId: string, dto: VisitReportDto): Promise<{ patientId: string; doctorId: string | null }> {
    if (!dto.patientId && !dto.patientMrn) throw unprocessable('patientId', 'patientId or patientMrn is required');
    const patient = await tx.patient.findFirst({
      where: { hospitalId, ...(dto.patientId ? { id: dto.patientId } : { mrn: dto.patientMrn }) },
      select: { id: true },
    });
    if (!patient) throw unprocessable(dto.patientId ? 'patientId' : 'patientMrn', 'The patient is not registered in this hospital');
    if (dto.doctorId && !(await tx.user.findFirst({ where: { id: dto.doctorId, hospitalId, role: 'DOCTOR' }, select: { id: true } }))) {
      throw unprocessable('doctorId', 'The doctor is not a doctor of this hospital');
    }
    return { patientId: patient.id, doctorId: dto.doctorId ?? null };
  }

  /** A visit id already used by another hospital or patient is refused (409), never moved. */
  private assertSameVisit(existing: { hospitalId: string; patientId: string } | null, hospitalId: string, patientId: string, field: string): void {
    if (existing && (existing.hospitalId !== hospitalId || existing.patientId !== patientId)) {
      throw ApiError.conflict(`This ${field} is already recorded for another patient`, [{ field, messages: ['already used for another patient'] }]);
    }
  }
}
