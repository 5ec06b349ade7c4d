// What reporters read of a run: the results, their excerpts, and how paths are shown.
export {
  addFindings,
  emptyResult,
  excerptAt,
  excerptKey,
  flaggedText,
  mergeCorpusFindings,
  type FileResult,
  type KeptLines,
  type LineExcerpt,
} from './file-result.js';
export { describeIoError, displayPath, isIoError } from './messages.js';
