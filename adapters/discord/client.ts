import { Client, Events, GatewayIntentBits } from 'discord.js';
import { NO_MENTIONS } from './payloads.js';

/** How long to wait for the gateway's READY after a successful login before giving up with a clear error. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Slash commands need only the Guilds intent: no message content, no member list, no presences. The
 * client-wide allowedMentions is a second guard behind the one on every message.
 */
export function createDiscordClient(apiRoot: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiRoot },
    allowedMentions: NO_MENTIONS,
  });
}

/**
 * Logs in and resolves once the client is ready. On failure the client is destroyed (a half-open gateway
 * would keep reconnecting) and the error says what failed; discord.js's messages never contain the token.
 */
export async function connectClient(
  client: Client,
  token: string,
  readyTimeoutMs = READY_TIMEOUT_MS,
): Promise<void> {
  let cancel = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(Events.ClientReady, onReady);
      reject(new Error(`Discord did not get ready within ${Math.round(readyTimeoutMs / 1000)} s`));
    }, readyTimeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once(Events.ClientReady, onReady);
    cancel = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
    };
  });
  try {
    await client.login(token);
    await ready;
  } catch (cause) {
    cancel();
    await client.destroy();
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Discord login failed: ${reason}`, { cause });
  }
}
