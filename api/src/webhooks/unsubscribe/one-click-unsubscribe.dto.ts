import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` (form-encoded); the page's button sends the same. */
export class OneClickUnsubscribeDto {
  @ApiPropertyOptional({ enum: ['One-Click'] })
  @IsOptional()
  @IsIn(['One-Click'])
  'List-Unsubscribe'?: string;
}
