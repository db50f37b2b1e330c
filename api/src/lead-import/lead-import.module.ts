import { Module } from '@nestjs/common';
import { LeadExportController } from './lead-export.controller';
import { LeadExportService } from './lead-export.service';
import { LeadImportController } from './lead-import.controller';
import { LeadImportService } from './lead-import.service';

/**
 * Leads in and out as CSV. GET crm/leads/export is not taken for LeadsModule's GET crm/leads/:id:
 * Fastify's router prefers a static segment to a parameter, whatever the order of registration.
 */
@Module({
  controllers: [LeadImportController, LeadExportController],
  providers: [LeadImportService, LeadExportService],
})
export class LeadImportModule {}
