import type { SendableChannel } from '@hospital-crm/domain';

export interface SurveyMessageFacts {
  channel: SendableChannel;
  kind: 'invitation' | 'reminder';
  visitKind: 'APPOINTMENT' | 'ADMISSION';
  firstName: string;
  hospitalName: string;
  link: string;
  expiresAt: Date;
  anonymous: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The invitation and reminder texts. Email bodies are HTML (the pipeline derives the plain-text
 * part), so every value from the database is escaped; SMS and WhatsApp get one short paragraph.
 */
export function surveyMessageText(facts: SurveyMessageFacts): { subject: string | null; body: string } {
  const visit = facts.visitKind === 'ADMISSION' ? 'stay with us' : 'visit';
  const until = facts.expiresAt.toISOString().slice(0, 10);
  const opening = facts.kind === 'reminder' ? `A gentle reminder: we would still love to hear about your ${visit}.` : `Thank you for your ${visit}.`;
  const privacy = facts.anonymous ? ' Your answers are anonymous.' : '';
  const ask = `It takes about two minutes; the link works once, until ${until}.${privacy}`;
  if (facts.channel !== 'EMAIL') {
    return { subject: null, body: `${facts.hospitalName}: ${opening} Tell us how it went: ${facts.link} (${ask})` };
  }
  const subject = facts.kind === 'reminder' ? `Reminder: how was your ${visit} at ${facts.hospitalName}?` : `How was your ${visit} at ${facts.hospitalName}?`;
  const link = escapeHtml(facts.link);
  const body = [
    `<p>Dear ${escapeHtml(facts.firstName)},</p>`,
    `<p>${escapeHtml(opening)} Please tell us how it went: <a href="${link}">answer the survey</a>.</p>`,
    `<p>${escapeHtml(ask)}</p>`,
    `<p>${escapeHtml(facts.hospitalName)}</p>`,
  ].join('\n');
  return { subject, body };
}
