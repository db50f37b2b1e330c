import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsInt, IsString, MaxLength } from 'class-validator';
import { SURVEY_QUESTION_TYPES, type SurveyQuestionType } from '@hospital-crm/domain';
import { Optional } from '../../common/validation/optional';

/**
 * One question's shape. What depends on the type (scale only on RATING, 2-20 options on choice
 * questions, unique ids and orders) is checked by the domain and answered 422 naming the question.
 */
export class SurveyQuestionDto {
  @ApiProperty({ example: 'recommend', description: 'Stable key of the answer: 1-40 letters, digits, _ or -' })
  @IsString()
  @MaxLength(40)
  id!: string;

  @ApiProperty({ enum: SURVEY_QUESTION_TYPES, example: 'NPS' })
  @IsIn(SURVEY_QUESTION_TYPES)
  type!: SurveyQuestionType;

  @ApiProperty({ example: 'How likely are you to recommend us to a friend?' })
  @IsString()
  @MaxLength(500)
  text!: string;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  required?: boolean;

  @ApiProperty({ example: 0, description: 'Position on the form (unique, ascending)' })
  @IsInt()
  order!: number;

  @ApiPropertyOptional({ example: 5, minimum: 3, maximum: 10, description: 'RATING only: answers are 1..scale (default 5)' })
  @Optional()
  @IsInt()
  scale?: number;

  @ApiPropertyOptional({ type: [String], example: ['Reception', 'Nursing', 'Billing'], description: 'SINGLE_CHOICE and MULTIPLE_CHOICE only' })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  options?: string[];
}
