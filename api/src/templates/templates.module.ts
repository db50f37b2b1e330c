import { Module } from '@nestjs/common';
import { TemplateRenderer } from './template-renderer.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** Message templates; exports TemplateRenderer for the modules that send (communications, campaigns). */
@Module({ controllers: [TemplatesController], providers: [TemplatesService, TemplateRenderer], exports: [TemplateRenderer, TemplatesService] })
export class TemplatesModule {}
