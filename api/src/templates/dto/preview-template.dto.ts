import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, registerDecorator, type ValidationOptions } from 'class-validator';
import { TEMPLATE_LIMITS, isTemplateVariableName } from '@hospital-crm/domain';
import { Optional } from '../../common/validation/optional';

export const PREVIEW_VALUE_MAX = 2_000;

/** A flat object of variable name → text, like { "doctorName": "Dr. Mehta" }. */
export function IsTemplateValues(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTemplateValues',
      target: target.constructor,
      propertyName,
      options: {
        message: `values must be an object of at most ${TEMPLATE_LIMITS.variablesMax} variable names (letters, digits, _) to texts of at most ${PREVIEW_VALUE_MAX} characters`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          return (
            entries.length <= TEMPLATE_LIMITS.variablesMax &&
            entries.every(([name, text]) => isTemplateVariableName(name) && typeof text === 'string' && text.length <= PREVIEW_VALUE_MAX)
          );
        },
      },
    });
}

export class PreviewTemplateDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
    description: 'A lead of this hospital whose details fill the variables (firstName, lastName, fullName, email, phone, leadNumber, interest)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'leadId must be a UUID' })
  leadId?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { doctorName: 'Dr. Mehta', appointmentDate: '12 March 2026, 10:30' },
    description: "Values by variable name; they win over the lead's and the hospital's",
  })
  @Optional()
  @IsTemplateValues()
  values?: Record<string, string>;
}
