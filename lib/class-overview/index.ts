/** The class overview: many result files and reports read, aggregated and exported. */
export * from './types';
export { readClassFile, readClassFiles, type ClassFile, type ReadClassFile } from './read-file';
export { aggregate, median, stalledAt } from './aggregate';
export { describeCell, overviewToCsv, overviewToMarkdown } from './export';
export { classText, reasonText, stallLine, statusText, stepLabel, type ClassTextKey } from './text';
