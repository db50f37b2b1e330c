import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { ImportedLeadData } from '@hospital-crm/workflows';
import { CreateLeadDto } from '../leads/dto/create-lead.dto';

export type LeadRowCheck = { valid: true; data: ImportedLeadData } | { valid: false; messages: string[] };

function messagesOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [...Object.values(error.constraints ?? {}), ...messagesOf(error.children ?? [])]);
}

/**
 * Checks one row exactly as POST /crm/leads checks a body (CreateLeadDto, the same options as
 * the global ValidationPipe), and returns the DTO after its transforms: trimmed names, phone
 * without spaces or dashes, lower-case email. That normalised form is what the workflow imports.
 */
export async function checkLeadRow(body: Record<string, unknown>): Promise<LeadRowCheck> {
  const dto = plainToInstance(CreateLeadDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) return { valid: false, messages: messagesOf(errors) };
  return { valid: true, data: JSON.parse(JSON.stringify(dto)) as ImportedLeadData };
}
