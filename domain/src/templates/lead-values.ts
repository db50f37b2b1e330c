// The values a template can take from a lead and its hospital, named as the seed's templates
// name them ({{firstName}}, {{hospitalName}}, {{interest}}, ...). Shared by the API's preview
// and the workflows that send, so a variable means the same thing everywhere.

/** Variables every lead message can use without the caller supplying them. */
export const STANDARD_TEMPLATE_VARIABLES = ['firstName', 'lastName', 'fullName', 'email', 'phone', 'leadNumber', 'interest', 'hospitalName'] as const;
export type StandardTemplateVariable = (typeof STANDARD_TEMPLATE_VARIABLES)[number];

/** Made-up values for a preview without a real lead (the console offers them as a starting point). */
export const SAMPLE_TEMPLATE_VALUES: Readonly<Record<string, string>> = {
  firstName: 'Asha',
  lastName: 'Rao',
  fullName: 'Asha Rao',
  email: 'asha.rao@example.com',
  phone: '+919876543210',
  leadNumber: 'LD-DEMO-000123',
  interest: 'Cardiology',
  hospitalName: 'City General Hospital',
  doctorName: 'Dr. Mehta',
  appointmentDate: '12 March 2026, 10:30',
  surveyLink: 'https://example.com/s/abc123',
};

export interface TemplateLeadFields {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  leadNumber: string;
  interestedIn?: readonly string[] | null;
}

const present = (entries: Array<[string, string | null | undefined]>): Record<string, string> =>
  Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));

/** A lead's values; fields the lead lacks (no email, no interests) are left out, so they show as missing. */
export function leadTemplateValues(lead: TemplateLeadFields): Record<string, string> {
  const interests = (lead.interestedIn ?? []).map((i) => i.trim()).filter(Boolean);
  return present([
    ['firstName', lead.firstName],
    ['lastName', lead.lastName],
    [
      'fullName',
      [lead.firstName, lead.lastName]
        .map((n) => n?.trim())
        .filter(Boolean)
        .join(' '),
    ],
    ['email', lead.email],
    ['phone', lead.phone],
    ['leadNumber', lead.leadNumber],
    ['interest', interests.join(', ')],
  ]);
}

export function hospitalTemplateValues(hospital: { name: string }): Record<string, string> {
  return present([['hospitalName', hospital.name]]);
}
