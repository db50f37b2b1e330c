import {
  ACTIVITY_TYPES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  COMMUNICATION_CHANNELS,
  COMMUNICATION_DIRECTIONS,
  COMMUNICATION_STATUSES,
  CONTACT_TYPES,
  GENDERS,
  isOneOf,
  LEAD_SOURCES,
  LEAD_STATUSES,
  PRISMA_MIRRORED_ENUMS,
  SENTIMENTS,
  SURVEY_QUESTION_TYPES,
  SURVEY_TYPES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  TASK_TYPES,
  TEMPLATE_CATEGORIES,
  USER_ROLES,
} from './enums';

const ALL: [string, number, readonly string[]][] = [
  ['LeadStatus', 6, LEAD_STATUSES],
  ['LeadSource', 12, LEAD_SOURCES],
  ['CommunicationChannel', 6, COMMUNICATION_CHANNELS],
  ['CommunicationDirection', 2, COMMUNICATION_DIRECTIONS],
  ['CommunicationStatus', 9, COMMUNICATION_STATUSES],
  ['TemplateCategory', 8, TEMPLATE_CATEGORIES],
  ['TaskType', 8, TASK_TYPES],
  ['TaskStatus', 5, TASK_STATUSES],
  ['TaskPriority', 4, TASK_PRIORITIES],
  ['CampaignType', 8, CAMPAIGN_TYPES],
  ['CampaignStatus', 6, CAMPAIGN_STATUSES],
  ['SurveyType', 6, SURVEY_TYPES],
  ['SurveyQuestionType', 5, SURVEY_QUESTION_TYPES],
  ['Sentiment', 3, SENTIMENTS],
  ['ActivityType', 14, ACTIVITY_TYPES],
  ['UserRole', 6, USER_ROLES],
  ['Gender', 3, GENDERS],
  ['ContactType', 2, CONTACT_TYPES],
];

describe('enums', () => {
  it.each(ALL)('%s has %i unique UPPER_SNAKE values', (_name, size, values) => {
    expect(values).toHaveLength(size);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(v).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it.each([
    ['the lead pipeline in Kanban order', LEAD_STATUSES, ['NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST']],
    [
      'lead sources as in the plan table',
      LEAD_SOURCES,
      [
        'WEBSITE',
        'PHONE_CALL',
        'WALK_IN',
        'REFERRAL_PATIENT',
        'REFERRAL_DOCTOR',
        'SOCIAL_MEDIA',
        'GOOGLE_ADS',
        'WHATSAPP',
        'EMAIL_INQUIRY',
        'HEALTH_CAMP',
        'CORPORATE',
        'OTHER',
      ],
    ],
    ['manual logs have their own status', COMMUNICATION_STATUSES, expect.arrayContaining(['LOGGED', 'RESPONDED'])],
    ['NPS is a question type', SURVEY_QUESTION_TYPES, expect.arrayContaining(['NPS', 'RATING'])],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('mirrors every enum except the JSON-only question type under its Prisma name', () => {
    const mirrored = ALL.filter(([name]) => name !== 'SurveyQuestionType');
    expect(Object.keys(PRISMA_MIRRORED_ENUMS).sort()).toEqual(mirrored.map(([name]) => name).sort());
    for (const [name, , values] of mirrored) expect(PRISMA_MIRRORED_ENUMS[name as keyof typeof PRISMA_MIRRORED_ENUMS]).toBe(values);
  });

  it.each([
    ['NEW', true],
    ['CONVERTED', true],
    ['new', false],
    ['', false],
    [undefined, false],
    [3, false],
    ['toString', false],
  ])('isOneOf(LEAD_STATUSES, %p) is %p', (value, expected) => {
    expect(isOneOf(LEAD_STATUSES, value)).toBe(expected);
  });
});
