export * from './task-queue';
export * from './workflow-ids';
export * from './messages';
export * from './survey-messages';
export * from './campaign-messages';
