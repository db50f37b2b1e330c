import { PartialType } from '@nestjs/swagger';
import { CreateSurveyDto } from './create-survey.dto';

/** Every field optional. Once a survey has responses its questions may change only in ways that keep the answers valid. */
export class UpdateSurveyDto extends PartialType(CreateSurveyDto, { skipNullProperties: false }) {}
