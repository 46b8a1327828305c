import {
  type APIApplicationCommand,
  REST,
  type RESTPostAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { Config } from '../../src/config.js';
import { commandDefinitions } from './command-definitions.js';

export interface RegisteredCommands {
  /** Guild commands appear at once in that one server; global ones in every server the bot is in. */
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Replaces the bot's slash commands with `commandDefinitions` in one bulk overwrite, so a command removed
 * from the code also disappears from Discord. With a guild id only that server is touched (for testing).
 */
export async function registerCommands(
  discord: NonNullable<Config['discord']>,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[] = commandDefinitions,
): Promise<RegisteredCommands> {
  const rest = new REST({ api: discord.apiRoot }).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const registered = (await rest.put(route, { body: definitions })) as APIApplicationCommand[];
  return { scope: discord.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}
