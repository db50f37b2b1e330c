import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { LeadAssignment } from './lead-assignment';
import { LeadCountCache } from './lead-count-cache';
import { LeadConversionService } from './lead-conversion.service';
import { LeadTimelineService } from './lead-timeline.service';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';

@Module({
  imports: [TasksModule],
  controllers: [LeadsController],
  providers: [LeadsService, LeadCountCache, LeadAssignment, LeadConversionService, LeadTimelineService],
  exports: [LeadsService],
})
export class LeadsModule {}
