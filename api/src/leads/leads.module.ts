import { Module } from '@nestjs/common';
import { LeadAssignment } from './lead-assignment';
import { LeadConversionService } from './lead-conversion.service';
import { LeadTimelineService } from './lead-timeline.service';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';

@Module({
  controllers: [LeadsController],
  providers: [LeadsService, LeadAssignment, LeadConversionService, LeadTimelineService],
  exports: [LeadsService],
})
export class LeadsModule {}
