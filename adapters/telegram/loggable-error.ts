import { BotError, GrammyError, HttpError } from 'grammy';

/**
 * What of an error may be logged. grammY's errors carry the request payload (chat ids, message text) and
 * BotError the whole update; both stay out. A network error's cause names the request URL, which holds
 * the bot token: it is kept (it says what failed), so the result must be logged as `{ err }`, where the
 * logger's serializer scrubs secrets.
 */
export function loggableError(error: unknown): Error {
  const inner = error instanceof BotError ? error.error : error;
  if (inner instanceof GrammyError) {
    return copy(inner, {
      method: inner.method,
      error_code: inner.error_code,
      description: inner.description,
    });
  }
  if (inner instanceof HttpError) return copy(inner, {}, loggableError(inner.error));
  if (inner instanceof Error) return copy(inner, {});
  return new Error(String(inner));
}

function copy(source: Error, fields: Record<string, unknown>, cause?: Error): Error {
  const error = cause === undefined ? new Error(source.message) : new Error(source.message, { cause });
  error.name = source.name;
  if (source.stack !== undefined) error.stack = source.stack;
  return Object.assign(error, fields);
}
