// @hospital-crm/domain: pure CRM rules shared by the API, the workflows and the admin console.
// No I/O, no clock, no randomness: callers pass `now`.
export * from './enums';
export * from './state-machine';
export * from './lead-pipeline';
export * from './task-workflow';
export * from './campaign-lifecycle';
export * from './lead-score';
export * from './nps';
export * from './pagination';
export * from './labels';
export * from './roles';
export * from './hospital-time';
export * from './templates';
export * from './communications/delivery-status';
export * from './communications/consent';
export * from './communications/quiet-hours';
export * from './communications/phone';
export * from './surveys';
export * from './campaigns';
export * from './reports';
