import { z } from 'zod';

/**
 * Button payloads. Telegram caps callback data at 64 bytes and hands it back verbatim, possibly from a
 * message sent by an older version of the bot, so it is parsed rather than trusted.
 */
const MAX_CALLBACK_BYTES = 64;

const factButton = z
  .string()
  .regex(/^fact:(next|src):[a-z0-9][a-z0-9-]*$/)
  .transform((data) => {
    const [, action, factId] = data.split(':') as [string, 'next' | 'src', string];
    return { action, factId };
  });
const helplinesButton = z.literal('helplines').transform(() => ({ action: 'helplines' as const }));

export const callbackDataSchema = z.union([factButton, helplinesButton]);
export type CallbackAction = z.infer<typeof callbackDataSchema>;

export function parseCallbackData(data: string): CallbackAction | undefined {
  const parsed = callbackDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The data for a fact button, or undefined when the id would not fit in 64 bytes. */
export function factButtonData(action: 'next' | 'src', factId: string): string | undefined {
  const data = `fact:${action}:${factId}`;
  return Buffer.byteLength(data) <= MAX_CALLBACK_BYTES ? data : undefined;
}

export const HELPLINES_BUTTON_DATA = 'helplines';
