import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { TEMPLATE_CATEGORIES, TEMPLATE_CHANNELS, TEMPLATE_LIMITS, type TemplateCategory, type TemplateChannel } from '@hospital-crm/domain';
import { ContentFitsChannel, IsTemplateVariableName, SubjectFitsChannel } from './template-validators';
import { Optional } from '../../common/validation/optional';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Names are trimmed and each kept once, in the order given.
const variableList = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)))] : value);

export class CreateTemplateDto {
  @ApiProperty({ example: 'Appointment reminder', maxLength: TEMPLATE_LIMITS.nameMax, description: 'Unique per hospital and channel, ignoring case' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(TEMPLATE_LIMITS.nameMax)
  name!: string;

  @ApiProperty({ enum: TEMPLATE_CHANNELS, example: 'SMS', description: 'Calls, visits and video calls are logged by hand and have no templates' })
  @IsIn(TEMPLATE_CHANNELS, { message: `channel must be one of ${TEMPLATE_CHANNELS.join(', ')} (calls, visits and video calls have no templates)` })
  channel!: TemplateChannel;

  @ApiProperty({ enum: TEMPLATE_CATEGORIES, example: 'APPOINTMENT_REMINDER' })
  @IsIn(TEMPLATE_CATEGORIES)
  category!: TemplateCategory;

  @ApiPropertyOptional({
    example: 'Your appointment on {{appointmentDate}}',
    maxLength: TEMPLATE_LIMITS.subjectMax,
    nullable: true,
    description: 'Required for EMAIL, one line, never HTML-escaped; SMS and WhatsApp templates have none',
  })
  @SubjectFitsChannel()
  subject?: string | null;

  @ApiProperty({
    example: 'Hi {{firstName}}, a reminder of your appointment with {{doctorName}} on {{appointmentDate}} at {{hospitalName}}. Reply C to confirm.',
    maxLength: TEMPLATE_LIMITS.contentMax,
    description:
      'Logic-less Mustache: text (HTML for EMAIL) with {{variable}} placeholders only; no sections, partials or {{{unescaped}}} output. ' +
      'Values are HTML-escaped in EMAIL bodies. At most 1,600 characters for SMS.',
  })
  @ContentFitsChannel()
  content!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['firstName', 'doctorName', 'appointmentDate', 'hospitalName'],
    default: [],
    description: 'Every variable the subject and content use must be declared here (422 otherwise)',
  })
  @Optional()
  @Transform(variableList)
  @IsArray()
  @ArrayMaxSize(TEMPLATE_LIMITS.variablesMax)
  @IsTemplateVariableName({ each: true })
  variables?: string[];

  @ApiPropertyOptional({ example: true, default: true, description: 'Inactive templates are kept for history but not offered for sending' })
  @Optional()
  @IsBoolean()
  isActive?: boolean;
}
