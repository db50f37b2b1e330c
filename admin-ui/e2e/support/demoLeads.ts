// A believable pipeline for the screenshots and the drag tests, created through the API (so lead
// numbers, activities and scores are the real ones). Tags are added when the tags module answers.
import type { Stack } from './stack';

type CreatedLead = { id: string; leadNumber: string; firstName: string; lastName: string; status: string };

const DAY = 86_400_000;
const at = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * DAY);
  date.setHours(hour, 0, 0, 0);
  return date.toISOString();
};

const TAGS = [
  { name: 'VIP', color: '#7c3aed', category: 'Priority' },
  { name: 'Insured', color: '#0ea5e9', category: 'Billing' },
  { name: 'Urgent', color: '#ef4444', category: 'Priority' },
  { name: 'Corporate plan', color: '#10b981', category: 'Billing' },
];

export interface DemoPipeline {
  byName: Record<string, CreatedLead>;
  tagsAvailable: boolean;
}

export async function seedDemoPipeline(stack: Stack): Promise<DemoPipeline> {
  const { admin, receptionist } = stack;
  const specs = [
    {
      firstName: 'Sunita',
      lastName: 'Pillai',
      phone: '+919845000101',
      source: 'WALK_IN',
      interestedIn: ['General checkup'],
      nextFollowUpAt: at(-1),
      assignedToId: receptionist.id,
      then: 'NEW',
      tags: ['Urgent'],
    },
    {
      firstName: 'Deepa',
      lastName: 'Nair',
      phone: '+919845000102',
      email: 'deepa.nair@example.in',
      source: 'REFERRAL_PATIENT',
      interestedIn: ['Dermatology'],
      nextFollowUpAt: at(0, 17),
      assignedToId: admin.id,
      then: 'NEW',
    },
    { firstName: 'Joseph', lastName: "D'Souza", phone: '+919845000103', source: 'HEALTH_CAMP', interestedIn: ['Diagnostics'], then: 'NEW' },
    {
      firstName: 'Arjun',
      lastName: 'Mehta',
      phone: '+919845000104',
      email: 'arjun.mehta@example.in',
      source: 'PHONE_CALL',
      interestedIn: ['Cardiology'],
      nextFollowUpAt: at(1),
      assignedToId: receptionist.id,
      then: 'CONTACTED',
      tags: ['VIP', 'Insured'],
    },
    {
      firstName: 'Ananya',
      lastName: 'Bose',
      email: 'ananya.bose@example.in',
      source: 'WHATSAPP',
      interestedIn: ['Paediatrics'],
      nextFollowUpAt: at(3),
      assignedToId: admin.id,
      then: 'CONTACTED',
    },
    {
      firstName: 'Fatima',
      lastName: 'Khan',
      phone: '+919845000106',
      email: 'fatima.khan@example.in',
      source: 'REFERRAL_DOCTOR',
      interestedIn: ['Maternity'],
      preferredDate: at(10),
      nextFollowUpAt: at(2),
      assignedToId: receptionist.id,
      then: 'QUALIFIED',
      tags: ['Insured'],
    },
    {
      firstName: 'Rahul',
      lastName: 'Verma',
      phone: '+919845000107',
      email: 'rahul.verma@example.in',
      source: 'WEBSITE',
      interestedIn: ['Orthopaedics', 'Physiotherapy'],
      preferredDate: at(5),
      nextFollowUpAt: at(4),
      assignedToId: admin.id,
      then: 'APPOINTMENT_SCHEDULED',
      tags: ['Corporate plan'],
    },
    {
      firstName: 'Vikram',
      lastName: 'Joshi',
      phone: '+919845000108',
      email: 'vikram.joshi@example.in',
      source: 'GOOGLE_ADS',
      interestedIn: ['Cardiology'],
      assignedToId: receptionist.id,
      then: 'CONVERTED',
    },
    { firstName: 'Karan', lastName: 'Singh', phone: '+919845000109', source: 'SOCIAL_MEDIA', interestedIn: ['Dental'], then: 'LOST' },
  ];

  let tagIds: Record<string, string> = {};
  let tagsAvailable = true;
  try {
    for (const tag of TAGS) {
      const created = await stack.api<{ id: string }>('POST', '/crm/tags', tag);
      tagIds = { ...tagIds, [tag.name]: created.id };
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    tagsAvailable = false; // the tags module is not deployed yet: the console must cope
  }

  const byName: Record<string, CreatedLead> = {};
  for (const { then, tags = [], ...body } of specs) {
    const lead = await stack.api<CreatedLead>('POST', '/crm/leads', body);
    if (then === 'CONVERTED') await stack.api('POST', `/crm/leads/${lead.id}/convert`, {});
    else if (then === 'LOST') await stack.api('PATCH', `/crm/leads/${lead.id}/status`, { status: 'LOST', reason: 'Chose another provider' });
    else if (then !== 'NEW') await stack.api('PATCH', `/crm/leads/${lead.id}/status`, { status: then });
    if (tagsAvailable && tags.length) await stack.api('POST', `/crm/leads/${lead.id}/tags`, { tagIds: tags.map((name) => tagIds[name]) });
    byName[`${body.firstName} ${body.lastName}`] = { ...lead, status: then };
  }
  return { byName, tagsAvailable };
}
