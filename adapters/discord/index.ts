import type { Config } from '../../src/config.js';
import type { PlatformDeps, RunningPlatform } from '../platform-deps.js';

// Placeholder until the Discord adapter lands (issue 4).
export async function startDiscord(
  _deps: PlatformDeps,
  _config: NonNullable<Config['discord']>,
): Promise<RunningPlatform> {
  throw new Error('the Discord adapter is not built yet');
}
