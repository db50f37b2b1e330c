import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { LeadIntakeController } from './lead-intake.controller';
import { LeadIntakeService } from './lead-intake.service';

/** API keys for host systems and web forms, and the public endpoints they call. */
@Module({
  imports: [LeadsModule],
  controllers: [ApiKeysController, LeadIntakeController],
  providers: [ApiKeysService, LeadIntakeService],
})
export class IntegrationsModule {}
