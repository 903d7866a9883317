/** The hand-off to the Salesforce Admin: their steps as a message, and reading back their report. */
export { buildHandoff, handoffFileName, stepNumbers, stepsPhrase, type HandoffFormat } from './message';
export { doneInReport, handoffSteps, HANDOFF_PERSONA, isHandoffStep } from './steps';
export { handoffText, type HandoffTextKey } from './text';
