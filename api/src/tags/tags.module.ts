import { Module } from '@nestjs/common';
import { LeadTagsController } from './lead-tags.controller';
import { LeadTagsService } from './lead-tags.service';
import { TagsController } from './tags.controller';
import { TagsService } from './tags.service';

@Module({ controllers: [TagsController, LeadTagsController], providers: [TagsService, LeadTagsService], exports: [TagsService] })
export class TagsModule {}
