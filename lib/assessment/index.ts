/** The practice sandbox's assessment: the run, its result file and how that file is read back. */
export * from './types';
export { assessmentSchema, attendeeSchema, ATTENDEE_PATTERN } from './schema';
export { assessmentFileName, assessmentToJson, parseAssessmentData, parseAssessmentJson } from './json';
export type { AssessmentErrorReason, ParsedAssessment } from './json';
export { countHint, countOffPath, currentStep, finishRun, observeProgress, runResult, startRun } from './run';
export type { AssessmentRun, ObservedSteps, RunStep } from './run';
