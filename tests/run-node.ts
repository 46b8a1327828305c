import { spawn } from 'node:child_process';
import { projectRoot } from '../src/paths.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs a built script (under dist/) as its own process, the way a person or a script would. */
export function runNode(
  script: string,
  args: string[] = [],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(options.input ?? '');
  });
}
