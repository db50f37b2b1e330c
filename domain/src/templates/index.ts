// Message templates: logic-less Mustache with declared variables, rendering and SMS billing.
export {
  TEMPLATE_CHANNELS,
  TEMPLATE_LIMITS,
  TEMPLATE_VARIABLE_NAME,
  TemplateError,
  assertTemplateUsable,
  checkTemplate,
  contentMaxFor,
  isTemplateChannel,
  isTemplateVariableName,
  templateVariables,
  type TemplateChannel,
  type TemplateCheckInput,
  type TemplateField,
  type TemplatePosition,
  type TemplateProblem,
  type TemplateProblemCode,
} from './template-syntax';
export * from './sms-segments';
export * from './render-template';
export * from './lead-values';
export * from './plain-text-email';
