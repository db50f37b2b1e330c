import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Stored lower-case so "#6366F1" and "#6366f1" are the same colour.
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
// An empty category means "none".
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export const TAG_COLOR = /^#[0-9a-f]{6}$/;
export const TAG_NAME_MAX = 50;
export const TAG_CATEGORY_MAX = 50;

export class CreateTagDto {
  @ApiProperty({ example: 'VIP', maxLength: TAG_NAME_MAX, description: 'Unique in the hospital, ignoring case' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(TAG_NAME_MAX)
  name!: string;

  @ApiPropertyOptional({ example: '#6366f1', pattern: '^#[0-9a-fA-F]{6}$', default: '#8b5cf6' })
  @IsOptional()
  @Transform(lower)
  @Matches(TAG_COLOR, { message: 'color must be a hex colour like #6366f1' })
  color?: string;

  @ApiPropertyOptional({ example: 'Priority', maxLength: TAG_CATEGORY_MAX, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(TAG_CATEGORY_MAX)
  category?: string | null;
}
