/** The completion report: build it from progress, describe it, export it, read it back. */
export { browserLabel, buildReport, type BrandVersion } from './build';
export { describeMeta, describeStep, describeWay, formatUtc, reportSummary } from './describe';
export type { DescribedDiagnostic, DescribedEvidence, DescribedStep } from './describe';
export { parseReportJson, reportFileName, toJson, type ParsedReport, type ReportErrorReason } from './json';
export { reportErrorText } from './errors';
export { toMarkdown } from './markdown';
export { containsSecretLike, isSecretLike, redactReport } from './redact';
export { reportText, type ReportTextKey } from './text';
export * from './types';
