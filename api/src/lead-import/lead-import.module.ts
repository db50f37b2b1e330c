import { Module } from '@nestjs/common';
import { LeadExportController } from './lead-export.controller';
import { LeadExportService } from './lead-export.service';
import { LeadImportController } from './lead-import.controller';
import { LeadImportService } from './lead-import.service';

/**
 * Leads in and out as CSV. Import it before LeadsModule: Express matches routes in the order
 * they are registered, and LeadsModule's GET crm/leads/:id would otherwise take /export.
 */
@Module({
  controllers: [LeadImportController, LeadExportController],
  providers: [LeadImportService, LeadExportService],
})
export class LeadImportModule {}
