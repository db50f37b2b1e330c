import { LEAD_SOURCES, LEAD_STATUSES } from '@hospital-crm/domain';
import type { CommunicationChannel, LeadSource, LeadStatus, TaskType, TemplateCategory } from '../generated/prisma/client';

export interface DemoTemplate {
  name: string;
  channel: CommunicationChannel;
  category: TemplateCategory;
  subject?: string;
  content: string;
  variables: string[];
}

// One template per category the seed lists, by email, plus SMS/WhatsApp where staff use them.
export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    name: 'Appointment reminder',
    channel: 'SMS',
    category: 'APPOINTMENT_REMINDER',
    content: 'Hi {{firstName}}, a reminder of your appointment with {{doctorName}} on {{appointmentDate}} at {{hospitalName}}. Reply C to confirm.',
    variables: ['firstName', 'doctorName', 'appointmentDate', 'hospitalName'],
  },
  {
    name: 'Appointment reminder',
    channel: 'EMAIL',
    category: 'APPOINTMENT_REMINDER',
    subject: 'Your appointment on {{appointmentDate}}',
    content:
      '<p>Dear {{firstName}},</p><p>This is a reminder of your appointment with {{doctorName}} on <strong>{{appointmentDate}}</strong>.</p><p>{{hospitalName}}</p>',
    variables: ['firstName', 'doctorName', 'appointmentDate', 'hospitalName'],
  },
  {
    name: 'Inquiry follow-up',
    channel: 'EMAIL',
    category: 'FOLLOW_UP',
    subject: 'Following up on your inquiry',
    content: '<p>Hello {{firstName}},</p><p>Thank you for contacting {{hospitalName}} about {{interest}}. When would be a good time to talk?</p>',
    variables: ['firstName', 'hospitalName', 'interest'],
  },
  {
    name: 'Inquiry follow-up',
    channel: 'WHATSAPP',
    category: 'FOLLOW_UP',
    content: 'Hello {{firstName}}, this is {{hospitalName}}. Thanks for your inquiry about {{interest}}. Can we help you book a consultation?',
    variables: ['firstName', 'hospitalName', 'interest'],
  },
  {
    name: 'Welcome',
    channel: 'EMAIL',
    category: 'WELCOME',
    subject: 'Welcome to {{hospitalName}}',
    content: '<p>Welcome, {{firstName}}!</p><p>Your patient record is ready. Save our number for appointments and reports.</p>',
    variables: ['firstName', 'hospitalName'],
  },
  {
    name: 'Feedback request',
    channel: 'SMS',
    category: 'FEEDBACK_REQUEST',
    content: 'Hi {{firstName}}, how was your visit to {{hospitalName}}? Tell us in 1 minute: {{surveyLink}}',
    variables: ['firstName', 'hospitalName', 'surveyLink'],
  },
  {
    name: 'Feedback request',
    channel: 'EMAIL',
    category: 'FEEDBACK_REQUEST',
    subject: 'How was your visit?',
    content: '<p>Dear {{firstName}},</p><p>We would value your feedback on your recent visit.</p><p><a href="{{surveyLink}}">Answer a short survey</a></p>',
    variables: ['firstName', 'surveyLink'],
  },
  {
    name: 'Full-body checkup offer',
    channel: 'EMAIL',
    category: 'PROMOTION',
    subject: '20% off full-body checkups this month',
    content: '<p>Hi {{firstName}},</p><p>Book a full-body checkup at {{hospitalName}} before the month ends and save 20%.</p>',
    variables: ['firstName', 'hospitalName'],
  },
  {
    name: 'Monsoon health tip',
    channel: 'SMS',
    category: 'HEALTH_TIP',
    content: '{{hospitalName}} tip: drink boiled water and keep mosquito nets up this monsoon. Stay well, {{firstName}}!',
    variables: ['hospitalName', 'firstName'],
  },
  {
    name: 'Birthday greeting',
    channel: 'WHATSAPP',
    category: 'BIRTHDAY_GREETING',
    content: 'Happy birthday, {{firstName}}! Wishing you good health from all of us at {{hospitalName}}.',
    variables: ['firstName', 'hospitalName'],
  },
  {
    name: 'Custom message',
    channel: 'EMAIL',
    category: 'CUSTOM',
    subject: '{{subject}}',
    content: '<p>Dear {{firstName}},</p><p>{{message}}</p>',
    variables: ['firstName', 'subject', 'message'],
  },
];

export const DEMO_TAGS = [
  { name: 'VIP', color: '#a855f7', category: 'Priority' },
  { name: 'Corporate', color: '#3b82f6', category: 'Segment' },
  { name: 'Diabetes', color: '#f59e0b', category: 'Condition' },
  { name: 'Cardiac', color: '#ef4444', category: 'Condition' },
  { name: 'do-not-contact', color: '#6b7280', category: 'Consent' },
];

const FIRST = [
  'Aarav',
  'Diya',
  'Vihaan',
  'Ananya',
  'Reyansh',
  'Isha',
  'Kabir',
  'Meera',
  'Arjun',
  'Saanvi',
  'Rohan',
  'Tara',
  'Dev',
  'Nisha',
  'Yash',
  'Kavya',
  'Aditya',
  'Pooja',
  'Rahul',
  'Sneha',
  'Vikram',
  'Anjali',
  'Karan',
  'Riya',
];
const LAST = ['Iyer', 'Kapoor', 'Reddy', 'Nair', 'Gupta', 'Joshi', 'Menon', 'Bose', 'Singh', 'Verma', 'Pillai', 'Chopra'];
const INTERESTS = [['Cardiology'], ['General Checkup'], ['Orthopedics', 'Physiotherapy'], ['Endocrinology'], [], ['Maternity'], ['Dermatology'], []];
// Every status and every source the pipeline knows, from the one list in domain.
const STATUSES: readonly LeadStatus[] = LEAD_STATUSES;
const SOURCES: readonly LeadSource[] = LEAD_SOURCES;

export interface DemoLead {
  n: number;
  firstName: string;
  lastName: string;
  status: LeadStatus;
  source: LeadSource;
  interestedIn: string[];
  daysAgo: number;
}

/** 24 leads: every status four times and every source twice, spread over the last two months. */
export function demoLeads(): DemoLead[] {
  return Array.from({ length: 24 }, (_, i) => ({
    n: i + 1,
    firstName: FIRST[i % FIRST.length],
    lastName: LAST[(i * 5) % LAST.length],
    status: STATUSES[i % STATUSES.length],
    source: SOURCES[i % SOURCES.length],
    interestedIn: INTERESTS[i % INTERESTS.length],
    daysAgo: (i * 7) % 60,
  }));
}

export const DEMO_TASKS: Array<{ title: string; taskType: TaskType; dueInHours: number; leadN: number }> = [
  { title: 'Call back about cardiology consult', taskType: 'FOLLOW_UP_CALL', dueInHours: -26, leadN: 2 },
  { title: 'Send checkup package details', taskType: 'FOLLOW_UP_EMAIL', dueInHours: 3, leadN: 3 },
  { title: 'Book appointment with Dr. Patel', taskType: 'APPOINTMENT_SCHEDULING', dueInHours: 6, leadN: 9 },
  { title: 'Collect insurance documents', taskType: 'DOCUMENT_COLLECTION', dueInHours: 48, leadN: 4 },
  { title: 'Ask for feedback after visit', taskType: 'FEEDBACK_COLLECTION', dueInHours: 72, leadN: 5 },
  { title: 'Remind about pending invoice', taskType: 'PAYMENT_REMINDER', dueInHours: -3, leadN: 11 },
];

export const DEMO_SURVEY_QUESTIONS = [
  { id: 'nps', type: 'NPS', text: 'How likely are you to recommend us to a friend or family member?', required: true, order: 1 },
  { id: 'doctor', type: 'RATING', text: 'How would you rate your doctor?', required: true, order: 2, scale: 5 },
  {
    id: 'wait',
    type: 'SINGLE_CHOICE',
    text: 'How long did you wait to be seen?',
    required: false,
    order: 3,
    options: ['Under 15 minutes', '15–30 minutes', '30–60 minutes', 'Over an hour'],
  },
  { id: 'comments', type: 'TEXT', text: 'Anything we could do better?', required: false, order: 4 },
];
