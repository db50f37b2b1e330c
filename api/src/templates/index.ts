export { TemplatesModule } from './templates.module';
export { TemplateRenderer, type RenderedTemplateView, type RenderOptions } from './template-renderer.service';
export { toTemplateApiError } from './template-errors';
export { IsTemplateValues } from './dto/preview-template.dto';
