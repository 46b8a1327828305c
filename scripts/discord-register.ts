import { registerCommands } from '../adapters/discord/register.js';
import { ConfigError, parseConfig, secretsOf } from '../src/config.js';
import { createLogger } from '../src/logger.js';

/**
 * `npm run discord:register`: puts the slash commands into Discord, for one server when DISCORD_GUILD_ID is
 * set (instant, for trying things out) or globally. Run it after changing adapters/discord/commands.ts.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel, secretsOf(config));
  if (!config.discord) {
    throw new ConfigError(
      'Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID to register the Discord commands.',
    );
  }
  try {
    const { scope, names } = await registerCommands(config.discord);
    process.stdout.write(
      `Registered ${names.length} Discord commands ${scope === 'guild' ? 'for one server' : 'globally'}: /${names.join(', /')}\n`,
    );
  } catch (err) {
    // Through the logger, whose serializer scrubs the token from anything the error carries.
    logger.error({ err }, 'discord command registration failed');
    throw new Error('Discord command registration failed (see the log above).');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
