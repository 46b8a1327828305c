import { type Logger, pino } from 'pino';

export type { Logger };

/** Replaces every secret (bot tokens end up in request URLs inside error messages) with a marker. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((s) => s.length > 0);
  return (text) => present.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

/**
 * JSON logs to stderr (stdout belongs to the console chat and `ask`), readable in a terminal. Tokens are
 * scrubbed from every message and error; callers never pass message text, names or user ids at info.
 */
export function createLogger(level: string, secrets: readonly string[] = []): Logger {
  const scrub = scrubber(secrets);
  const options = {
    level,
    base: undefined,
    serializers: {
      err: (err: unknown) => {
        const serialized = pino.stdSerializers.err(err as Error);
        return JSON.parse(scrub(JSON.stringify(serialized))) as unknown;
      },
    },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)),
        );
      },
    },
  };
  if (process.stderr.isTTY) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2 } } });
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
