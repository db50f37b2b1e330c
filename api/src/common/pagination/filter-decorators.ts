import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsDateString, IsIn, IsOptional, IsUUID } from 'class-validator';
import { toList } from './query-transforms';

// The query-string filters every list shares, each one line in a DTO instead of four.

/** `?status=A,B` or `?status=A&status=B`: any of the listed enum values. */
export const EnumListFilter = (values: readonly string[], description?: string) =>
  applyDecorators(ApiPropertyOptional({ enum: values, isArray: true, description }), IsOptional(), Transform(toList), IsArray(), IsIn(values, { each: true }));

/** `?leadId=<uuid>`. */
export const UuidFilter = (description?: string) => applyDecorators(ApiPropertyOptional({ format: 'uuid', description }), IsOptional(), IsUUID());

/** `?ids=a,b`: several records by id (react-admin's getMany). */
export const UuidListFilter = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', description }),
    IsOptional(),
    Transform(toList),
    IsArray(),
    IsUUID('all', { each: true }),
  );

/** `?createdFrom=2026-11-01T00:00:00Z`: an ISO date bound. */
export const DateFilter = (example = '2026-11-01T00:00:00Z', description?: string) =>
  applyDecorators(ApiPropertyOptional({ example, description }), IsOptional(), IsDateString());
