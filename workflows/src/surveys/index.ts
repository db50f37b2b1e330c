// What the API uses for surveys: link tokens and starting / signalling the survey workflow.
export * from './survey-token';
export * from './start-survey-workflow';
