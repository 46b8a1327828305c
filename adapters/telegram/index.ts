import type { Config } from '../../src/config.js';
import type { PlatformDeps, RunningPlatform } from '../platform-deps.js';

// Placeholder until the Telegram adapter lands (issue 3).
export async function startTelegram(
  _deps: PlatformDeps,
  _config: NonNullable<Config['telegram']>,
): Promise<RunningPlatform> {
  throw new Error('the Telegram adapter is not built yet');
}
