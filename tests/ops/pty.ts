import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/paths.js';

/**
 * A command in a real pseudo-terminal of a given width, through util-linux's `script` (in every Debian
 * install): the program sees a TTY on stdin, stdout and stderr, and what we write arrives as typed keys.
 */
export class Terminal {
  private raw = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(command: string, columns: number, env: Record<string, string> = {}) {
    const shell = `stty cols ${columns} rows 40; exec ${command}`;
    this.child = spawn('script', ['-qfec', shell, '/dev/null'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.raw += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Keys, as typed: `\r` is Enter, `\x03` Ctrl-C. */
  type(keys: string): void {
    this.child.stdin?.write(keys);
  }

  /** The output as lines of text, terminal escape sequences removed. */
  lines(): string[] {
    return this.text().split('\n');
  }

  text(): string {
    return (
      this.raw
        // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are the point
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/\r\n/g, '\n')
        .replace(/\r/g, '')
    );
  }

  /** Waits until the output, from `from` on, contains `what`. */
  async waitFor(what: string, from = 0): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (this.text().indexOf(what, from) >= 0) return;
      await sleep(50);
    }
    throw new Error(`the terminal never showed ${JSON.stringify(what)}; it shows:\n${this.text()}`);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
