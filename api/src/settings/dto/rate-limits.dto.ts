import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, Max } from 'class-validator';

const MessagesPerSecond = (example: number) =>
  applyDecorators(
    ApiPropertyOptional({ example, minimum: 0, exclusiveMinimum: true, maximum: 10_000 }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    IsPositive(),
    Max(10_000),
  );

/** Messages per second sent to a provider per channel; a channel left out has no limit. */
export class RateLimitsDto {
  @MessagesPerSecond(50)
  EMAIL?: number;

  @MessagesPerSecond(20)
  SMS?: number;

  @MessagesPerSecond(10)
  WHATSAPP?: number;
}
