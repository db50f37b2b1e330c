// What the template form sends: the API refuses unknown fields (forbidNonWhitelisted) and a
// subject on SMS or WhatsApp, and wants each variable once.
import { isTemplateChannel } from '@hospital-crm/domain';

/** Fields POST and PUT /crm/templates accept. */
export const TEMPLATE_FIELDS = ['name', 'channel', 'category', 'subject', 'content', 'variables', 'isActive'] as const;

const uniqueNames = (value: unknown): string[] => {
  const names = (Array.isArray(value) ? value : []).map((name) => String(name ?? '').trim()).filter(Boolean);
  return [...new Set(names)];
};

/** The form's values as the API wants them; on edit only what changed is sent (the data provider compares). */
export const cleanTemplate = (data: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const field of TEMPLATE_FIELDS) {
    if (!(field in data)) continue;
    const value = data[field];
    if (field === 'variables') out.variables = uniqueNames(value);
    else if (field === 'isActive') out.isActive = value !== false;
    else if (field === 'subject') continue;
    else if (typeof value === 'string') out[field] = field === 'content' ? value : value.trim();
    else out[field] = value;
  }
  const channel = typeof data.channel === 'string' && isTemplateChannel(data.channel) ? data.channel : undefined;
  // Only email has a subject; switching a template to SMS clears it.
  if (channel === 'EMAIL') out.subject = typeof data.subject === 'string' ? data.subject.trim() : data.subject;
  else if (channel) out.subject = null;
  return out;
};

/** Variables the text uses that are not declared yet, appended in order of use. */
export const withUsedVariables = (declared: readonly string[] | null | undefined, used: readonly string[]): string[] => {
  const list = uniqueNames(declared ?? []);
  for (const name of used) if (!list.includes(name)) list.push(name);
  return list;
};
