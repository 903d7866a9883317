/**
 * CSV pre-flight for "Invite Users via CSV": framework-free, synchronous, no I/O. Feed bytes in, get a report
 * and a cleaned CSV out. See check.ts for the entry points and types.ts for the contracts.
 */
export { checkCsv, createCsvCheck } from './check';
export { MAX_BYTES, MAX_FULL_BYTES, precheckSize, type SizeVerdict } from './limits';
export { MAX_EMAIL_LENGTH } from './email';
export { MAX_FIELD_LENGTH } from './rows';
export type {
  CsvCheck,
  CsvCheckOptions,
  CsvCheckResult,
  CsvColumn,
  CsvDelimiter,
  CsvEncoding,
  CsvIssue,
  CsvReport,
  CsvStreamOptions,
  FieldKey,
  IssueCode,
  Severity,
} from './types';
