/** A problem with the run itself (bad arguments, config, paths): exit code 2, a message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
