// Workflow bundle entry of the survey workflow tests: the real survey workflow and a stand-in for the communication workflow.
export { surveyWorkflow } from '../../src/workflows/survey.workflow';
export { communicationWorkflow } from './communication-stand-in.workflow';
