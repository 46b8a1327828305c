import type { Context, MiddlewareFn } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../src/logger.js';
import { isCommandName } from './command-menu.js';

export function updateType(update: Update): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

/**
 * The one debug line per update: its type, the chat type and the command when it is one of ours. Never
 * ids, names or text; an unknown "/command" is something a person typed, so it is logged as "other".
 */
export function logUpdates(logger: Logger): MiddlewareFn<Context> {
  return (ctx, next) => {
    if (logger.isLevelEnabled('debug')) {
      const name = /^\/([a-z_]+)/i.exec(ctx.message?.text ?? '')?.[1]?.toLowerCase();
      const command = name === undefined ? undefined : isCommandName(name) ? name : 'other';
      logger.debug(
        { updateType: updateType(ctx.update), chatType: ctx.chat?.type, command },
        'telegram update',
      );
    }
    return next();
  };
}
