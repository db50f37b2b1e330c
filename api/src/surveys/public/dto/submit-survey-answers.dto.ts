import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class SubmitSurveyAnswersDto {
  @ApiProperty({
    example: { recommend: 9, care: 5, liked: ['Nursing'], comments: 'Kind staff' },
    description: 'By question id: a number (NPS 0-10, RATING 1..scale), an option (SINGLE_CHOICE), a list of options (MULTIPLE_CHOICE) or text',
  })
  @IsObject()
  answers!: Record<string, unknown>;
}
