// Every word the console shows, in one file: react-admin's own messages plus ours.
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

const crm = {
  product: {
    name: 'Hospital CRM',
    tagline: 'Patient relationships, from first inquiry to lasting loyalty',
  },
  menu: {
    dashboard: 'Dashboard',
    reports: 'Reports',
    settings: 'Settings',
    navigation: 'Main navigation',
  },
  login: {
    title: 'Sign in',
    subtitle: 'Welcome back. Sign in with your hospital account.',
    email: 'Work email',
    password: 'Password',
    submit: 'Sign in',
    signing_in: 'Signing in…',
    hero_title: 'Every patient inquiry, followed through.',
    hero_body:
      'Track leads from first call to first visit, keep every conversation in one place, and hear what patients say after they leave.',
    features: {
      pipeline: 'Lead pipeline with scoring and follow-up tasks',
      communications: 'Email, SMS and WhatsApp from one timeline',
      feedback: 'Campaigns, surveys and NPS for every department',
    },
    footer: 'Access is limited to authorised hospital staff. Activity is audited.',
    errors: {
      invalid_credentials: 'That email and password do not match an account. Check them and try again.',
      too_many_attempts: 'Too many sign-in attempts. For your security, please wait a few minutes before trying again.',
      generic: 'Sign-in failed: %{message}',
    },
  },
  auth: {
    session_expired: 'Your session has ended. Please sign in again.',
  },
  errors: {
    network: 'The server cannot be reached. Check your connection and try again.',
    http: 'The server could not complete the request.',
    api_unavailable: 'The CRM server is not responding right now. Please try again in a moment.',
  },
  hospital_switcher: {
    label: 'Hospital',
    own: 'My hospital',
    error: 'Hospitals could not be loaded: %{message}',
    switched: 'Now working in %{name}',
  },
  dashboard: {
    welcome: 'Welcome back, %{name}',
    welcome_anonymous: 'Welcome back',
    subtitle: 'Here is how patient relationships are going at %{hospital}.',
    subtitle_no_hospital: 'Here is how patient relationships are going today.',
    unavailable_title: 'Metrics are not available yet',
    unavailable_body:
      'The reporting service has not answered. Your leads, tasks and messages are unaffected; metrics will appear here as soon as it is ready.',
    server_said: 'Server response: %{message}',
    retry: 'Try again',
    no_value: '—',
    metrics: {
      totalLeads: { label: 'Total Leads', hint: 'All leads in the pipeline' },
      newLeadsThisMonth: { label: 'New Leads (This Month)', hint: 'Leads created this month' },
      conversionRate: { label: 'Conversion Rate', hint: 'Leads converted to patients' },
      avgLeadScore: { label: 'Avg. Lead Score', hint: 'Average score of active leads' },
      openTasks: { label: 'Open Tasks', hint: 'Pending follow-ups' },
      overdueTasks: { label: 'Overdue Tasks', hint: 'Past their due date' },
      activeCampaigns: { label: 'Active Campaigns', hint: 'Campaigns running now' },
      avgNps: { label: 'Avg. NPS Score', hint: 'Promoters minus detractors' },
    },
    limited: {
      title: 'Your work today',
      body: 'Pick up where you left off: new inquiries, conversations and follow-ups are in the menu.',
    },
  },
};

const resources = {
  leads: { name: 'Lead |||| Leads' },
  communications: { name: 'Communication |||| Communications' },
  tasks: { name: 'Task |||| Tasks' },
  'my-tasks': { name: 'My task |||| My tasks' },
  campaigns: { name: 'Campaign |||| Campaigns' },
  surveys: { name: 'Survey |||| Surveys' },
  templates: { name: 'Template |||| Templates' },
  tags: { name: 'Tag |||| Tags' },
  users: { name: 'User |||| Users' },
  integrations: { name: 'Integration |||| Integrations' },
};

export const en: TranslationMessages = {
  ...englishMessages,
  crm,
  resources,
};

export default en;
