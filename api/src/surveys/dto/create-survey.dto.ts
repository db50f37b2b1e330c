import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SURVEY_LIMITS, SURVEY_TYPES, type SurveyType } from '@hospital-crm/domain';
import { SurveyQuestionDto } from './survey-question.dto';
import { Optional } from '../../common/validation/optional';

export class CreateSurveyDto {
  @ApiProperty({ example: 'After your OPD visit' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Sent the day after an outpatient appointment' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ enum: SURVEY_TYPES, example: 'POST_VISIT' })
  @IsIn(SURVEY_TYPES)
  surveyType!: SurveyType;

  @ApiProperty({ type: [SurveyQuestionDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'a survey needs at least one question' })
  @ArrayMaxSize(SURVEY_LIMITS.maxQuestions)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];

  @ApiPropertyOptional({ default: false, description: 'Responses keep no link to the patient or the visit' })
  @Optional()
  @IsBoolean()
  isAnonymous?: boolean;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  isActive?: boolean;
}
