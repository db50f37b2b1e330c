import { Module } from '@nestjs/common';
import { TemplatesModule } from '../templates';
import { CommunicationWorkflows } from './communication-workflows';
import { CommunicationsController } from './communications.controller';
import { CommunicationsService } from './communications.service';
import { MessageSendingService } from './message-sending.service';

@Module({
  imports: [TemplatesModule],
  controllers: [CommunicationsController],
  providers: [CommunicationsService, MessageSendingService, CommunicationWorkflows],
  exports: [CommunicationsService, MessageSendingService],
})
export class CommunicationsModule {}
