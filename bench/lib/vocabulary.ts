// Word lists and weights the generator draws from. Names mix the regions the demo hospitals serve,
// so search fragments such as 'ana', 'kumar' or 'fern' hit realistic shares of the leads.

// prettier-ignore
export const FIRST_NAMES = [
  'Aarav', 'Aditi', 'Aditya', 'Ahmed', 'Aisha', 'Alejandro', 'Amit', 'Ana', 'Anand', 'Ananya', 'Anil', 'Anjali', 'Arjun', 'Carlos',
  'Chen', 'Daniel', 'David', 'Deepa', 'Diana', 'Divya', 'Elena', 'Emma', 'Fatima', 'Gabriel', 'Grace', 'Hannah', 'Hassan', 'Isha',
  'James', 'John', 'Juan', 'Kabir', 'Karan', 'Kavya', 'Lakshmi', 'Laura', 'Li', 'Lucas', 'Maria', 'Mariana', 'Meera', 'Mohammed',
  'Neha', 'Nikhil', 'Olivia', 'Omar', 'Pooja', 'Priya', 'Rahul', 'Rajesh', 'Ravi', 'Riya', 'Rohan', 'Sara', 'Sarah', 'Sanjay',
  'Sneha', 'Sofia', 'Suresh', 'Tara', 'Thomas', 'Varun', 'Vikram', 'Wei', 'Yash', 'Zara',
];

// prettier-ignore
export const LAST_NAMES = [
  'Agarwal', 'Ahmed', 'Ali', 'Banerjee', 'Bose', 'Brown', 'Chatterjee', 'Chopra', 'Das', 'DSouza', 'Fernandes', 'Fernando', 'Garcia',
  'Ghosh', 'Gupta', 'Hernandez', 'Iyer', 'Jain', 'Johnson', 'Joshi', 'Kapoor', 'Khan', 'Kulkarni', 'Kumar', 'Lee', 'Lopez', 'Malhotra',
  'Martin', 'Mehta', 'Menon', 'Mishra', 'Mukherjee', 'Nair', 'Patel', 'Pillai', 'Rao', 'Reddy', 'Rodrigues', 'Saxena', 'Shah',
  'Sharma', 'Singh', 'Smith', 'Srinivasan', 'Thomas', 'Varghese', 'Verma', 'Wang', 'Williams', 'Yadav', 'Zhang',
];

export const EMAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'rediffmail.com'];

export const STREETS = ['MG Road', 'Park Street', 'Station Road', 'Lake View', 'Church Street', 'Main Street', 'Hill Road', 'Ring Road', 'Temple Street'];
export const CITIES = ['Mumbai', 'Pune', 'Bengaluru', 'Chennai', 'Kochi', 'Hyderabad', 'Delhi', 'Kolkata', 'Dubai', 'London'];

export const DEPARTMENTS = [
  'Cardiology',
  'Orthopedics',
  'General Checkup',
  'Maternity',
  'Dermatology',
  'Endocrinology',
  'Oncology',
  'Pediatrics',
  'ENT',
  'Physiotherapy',
];

export const HOSPITALS: Array<{ name: string; timezone: string; countryCode: string }> = [
  { name: 'Riverside General Hospital', timezone: 'Asia/Kolkata', countryCode: '+91' },
  { name: 'St. Anne Medical Center', timezone: 'Asia/Kolkata', countryCode: '+91' },
  { name: 'Lotus Multispeciality Hospital', timezone: 'Asia/Kolkata', countryCode: '+91' },
  { name: 'Gulf Care Hospital', timezone: 'Asia/Dubai', countryCode: '+971' },
  { name: 'Northfield Clinic', timezone: 'Europe/London', countryCode: '+44' },
  { name: 'Harbor View Hospital', timezone: 'America/New_York', countryCode: '+1' },
  { name: 'Sunrise Children Hospital', timezone: 'Asia/Kolkata', countryCode: '+91' },
  { name: 'Marina Bay Medical', timezone: 'Asia/Singapore', countryCode: '+65' },
  { name: 'Southern Cross Health', timezone: 'Australia/Sydney', countryCode: '+61' },
  { name: 'Deccan Heart Institute', timezone: 'Asia/Kolkata', countryCode: '+91' },
];

export const TAGS: Array<[name: string, color: string, category: string]> = [
  ['VIP', '#a855f7', 'Priority'],
  ['Corporate', '#3b82f6', 'Segment'],
  ['Insurance', '#0ea5e9', 'Payment'],
  ['Self-pay', '#14b8a6', 'Payment'],
  ['Senior citizen', '#64748b', 'Segment'],
  ['Diabetes', '#f59e0b', 'Condition'],
  ['Cardiac', '#ef4444', 'Condition'],
  ['Maternity', '#ec4899', 'Condition'],
  ['Orthopedic', '#84cc16', 'Condition'],
  ['Hot lead', '#f97316', 'Priority'],
  ['Follow-up needed', '#eab308', 'Workflow'],
  ['do-not-contact', '#6b7280', 'Consent'],
];

// Weights in percent; the CASE expressions the generator builds from them keep everything in SQL.
// prettier-ignore
export const SOURCE_WEIGHTS: Array<[string, number]> = [
  ['WEBSITE', 22], ['PHONE_CALL', 15], ['WALK_IN', 12], ['SOCIAL_MEDIA', 10], ['GOOGLE_ADS', 10], ['REFERRAL_PATIENT', 8],
  ['WHATSAPP', 7], ['REFERRAL_DOCTOR', 6], ['EMAIL_INQUIRY', 4], ['HEALTH_CAMP', 3], ['CORPORATE', 2], ['OTHER', 1],
];

// Status depends on the lead's age: recent leads are still open, old ones mostly closed.
// prettier-ignore
export const STATUS_WEIGHTS_BY_AGE: Array<[maxAgeDays: number, weights: Array<[string, number]>]> = [
  [14, [['NEW', 55], ['CONTACTED', 30], ['QUALIFIED', 10], ['APPOINTMENT_SCHEDULED', 5]]],
  [60, [['NEW', 20], ['CONTACTED', 25], ['QUALIFIED', 20], ['APPOINTMENT_SCHEDULED', 15], ['CONVERTED', 10], ['LOST', 10]]],
  [Infinity, [['NEW', 8], ['CONTACTED', 12], ['QUALIFIED', 10], ['APPOINTMENT_SCHEDULED', 8], ['CONVERTED', 30], ['LOST', 32]]],
];

export const SOURCE_QUALITY: Record<string, number> = { REFERRAL_DOCTOR: 20, REFERRAL_PATIENT: 18, WEBSITE: 15, PHONE_CALL: 12, WALK_IN: 10, SOCIAL_MEDIA: 8 };

export const LOST_REASONS = ['Chose another hospital', 'Too expensive', 'Not reachable', 'No longer needed', 'Insurance not accepted', 'Moved away'];

export const CHANNEL_WEIGHTS: Array<[string, number]> = [
  ['PHONE_CALL', 35],
  ['WHATSAPP', 20],
  ['EMAIL', 18],
  ['SMS', 15],
  ['IN_PERSON', 8],
  ['VIDEO_CALL', 4],
];
export const MESSAGE_STATUS_WEIGHTS: Array<[string, number]> = [
  ['DELIVERED', 45],
  ['READ', 25],
  ['SENT', 10],
  ['RESPONDED', 15],
  ['FAILED', 5],
];
export const CALL_OUTCOMES = ['Interested, will call back', 'Booked consultation', 'No answer', 'Asked for price list', 'Wrong number', 'Not interested'];
export const EMAIL_SUBJECTS = ['Following up on your inquiry', 'Your appointment details', 'Health checkup packages', 'Thank you for contacting us'];
export const MESSAGE_BODIES = [
  'Hello, thank you for your inquiry. When would be a good time to talk?',
  'A reminder of your appointment tomorrow at 10:30. Reply C to confirm.',
  'Our full-body checkup is 20% off this month. Reply YES to book.',
  'Please share your insurance card so we can pre-approve the procedure.',
];

export const TASK_KINDS: Array<[type: string, title: string]> = [
  ['FOLLOW_UP_CALL', 'Call back about consultation'],
  ['FOLLOW_UP_EMAIL', 'Send package details'],
  ['APPOINTMENT_SCHEDULING', 'Book appointment with doctor'],
  ['DOCUMENT_COLLECTION', 'Collect insurance documents'],
  ['FOLLOW_UP_VISIT', 'Confirm visit'],
  ['PAYMENT_REMINDER', 'Remind about estimate'],
];
