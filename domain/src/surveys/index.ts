// Surveys: question definitions, answer checks, response scoring (NPS, CSAT, sentiment) and analytics helpers.
export * from './survey-questions';
export * from './survey-answers';
export * from './survey-scoring';
export * from './survey-analytics';
