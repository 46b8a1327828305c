import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { dockerignore, execForm, parseDockerfile, runCommands, type Stage, type Step } from './dockerfile.js';

/** A step the replay did not run, and why that is safe on this machine. */
export interface Skipped {
  stage: string;
  line: number;
  command: string;
  reason: string;
}

export interface Timing {
  step: string;
  ms: number;
}

/** The final stage, laid out on disk as the image would hold it, and how the image would start it. */
export interface ReplayedImage {
  /** The container's WORKDIR on the host. */
  workdir: string;
  env: Record<string, string>;
  cmd: string[];
  healthcheck: string[];
  volumes: string[];
  user: string | undefined;
  /** Where a path inside the container lives on the host. */
  hostPath(containerPath: string): string;
  skipped: Skipped[];
  timings: Timing[];
}

/** Host stand-ins for the Debian packages the Dockerfile installs: the replay skips apt-get and checks these. */
const HOST_EQUIVALENTS: Record<string, () => boolean> = {
  python3: () => onPath('python3'),
  make: () => onPath('make'),
  'g++': () => onPath('g++'),
  tzdata: () => existsSync('/usr/share/zoneinfo/Asia/Almaty'),
};

interface StageState {
  label: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
}

/**
 * Replays the Dockerfile without a Docker engine: each stage gets its own directory standing for its
 * filesystem, the build context is the repository's files (tracked, plus untracked files git does not
 * ignore) filtered by .dockerignore, and COPY, WORKDIR, ENV and the npm RUN steps happen for real.
 * apt-get steps are skipped once the host has the same tools; `chown` is skipped (the image's users do not
 * exist here). npm prefers the local cache (filled by the `npm ci` that CI runs first), so the replay needs
 * no network once the project is installed.
 */
export async function replayDockerfile(projectRoot: string, dir: string): Promise<ReplayedImage> {
  const stages = parseDockerfile(readFileSync(join(projectRoot, 'Dockerfile'), 'utf8'));
  const skipped: Skipped[] = [];
  const timings: Timing[] = [];
  const timed = async <T>(step: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings.push({ step, ms: Math.round(performance.now() - started) });
    return result;
  };

  const context = join(dir, 'context');
  await timed('build context', () => copyContext(projectRoot, context));
  const states = new Map<string, StageState>();
  let last: { stage: Stage; state: StageState } | undefined;

  for (const [index, stage] of stages.entries()) {
    if (stages.some((s) => s.name === stage.image))
      throw new Error(`FROM ${stage.image}: not supported by the replay`);
    const label = stage.name ?? `stage ${index}`;
    const state: StageState = { label, root: join(dir, `stage-${index}`), workdir: '/', env: {} };
    mkdirSync(state.root, { recursive: true });
    for (const step of stage.steps) {
      const what = `${label}: line ${step.line} ${step.keyword} ${step.args}`.slice(0, 110);
      switch (step.keyword) {
        case 'WORKDIR':
          state.workdir = posix.resolve(state.workdir, step.args);
          mkdirSync(join(state.root, state.workdir), { recursive: true });
          break;
        case 'ENV':
          Object.assign(state.env, Object.fromEntries(step.properties));
          break;
        case 'COPY':
          await timed(what, () => copyStep(step, state, context, states));
          break;
        case 'RUN':
          await runStep(step, state, dir, skipped, (work) => timed(what, work));
          break;
        case 'USER':
        case 'VOLUME':
        case 'EXPOSE':
        case 'HEALTHCHECK':
        case 'CMD':
          break; // describe the image; read from the final stage below
        default:
          throw new Error(
            `line ${step.line}: the replay does not know ${step.keyword}; teach it or keep it out`,
          );
      }
    }
    if (stage.name) states.set(stage.name, state);
    last = { stage, state };
  }
  if (!last) throw new Error('the Dockerfile has no stage');
  return describeImage(last.stage, last.state, skipped, timings);
}

function describeImage(
  stage: Stage,
  state: StageState,
  skipped: Skipped[],
  timings: Timing[],
): ReplayedImage {
  const find = (keyword: string) => stage.steps.filter((s) => s.keyword === keyword).at(-1);
  const cmd = execForm(find('CMD')?.args ?? '');
  const healthcheck = execForm((find('HEALTHCHECK')?.args ?? '').replace(/^CMD\s+/, ''));
  if (!cmd || !healthcheck) throw new Error('the final stage needs CMD and HEALTHCHECK CMD in exec form');
  return {
    workdir: join(state.root, state.workdir),
    env: state.env,
    cmd,
    healthcheck,
    volumes: stage.steps
      .filter((s) => s.keyword === 'VOLUME')
      .flatMap((s) => execForm(s.args) ?? s.args.split(' ')),
    user: find('USER')?.args,
    hostPath: (containerPath) => join(state.root, posix.resolve(state.workdir, containerPath)),
    skipped,
    timings,
  };
}

/** What `docker build .` would send: the files of a clean clone plus work in progress, minus .dockerignore. */
function copyContext(projectRoot: string, context: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const ignoreFile = join(projectRoot, '.dockerignore');
  const ignored = dockerignore(existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '');
  for (const path of listed.split('\0')) {
    // A tracked file deleted in the working tree is not there to send.
    if (path === '' || ignored(path) || !existsSync(join(projectRoot, path))) continue;
    mkdirSync(dirname(join(context, path)), { recursive: true });
    cpSync(join(projectRoot, path), join(context, path));
  }
}

function copyStep(step: Step, state: StageState, context: string, states: Map<string, StageState>): void {
  const unknown = Object.keys(step.flags).filter((flag) => flag !== 'from');
  if (unknown.length > 0) throw new Error(`line ${step.line}: COPY --${unknown.join(', --')} not supported`);
  const parts = step.args.split(' ');
  const dest = parts.pop();
  if (dest === undefined || parts.length === 0)
    throw new Error(`line ${step.line}: COPY needs a source and a destination`);
  const fromName = step.flags.from;
  const from = fromName === undefined ? undefined : states.get(fromName ?? '');
  if (fromName !== undefined && !from) throw new Error(`line ${step.line}: no stage named ${fromName}`);
  const target = join(state.root, posix.resolve(state.workdir, dest));
  const intoDirectory = dest.endsWith('/') || parts.length > 1;
  for (const source of parts) {
    if (/[*?[]/.test(source)) throw new Error(`line ${step.line}: COPY with wildcards is not supported`);
    const host = from ? join(from.root, posix.resolve('/', source)) : join(context, source);
    // Symlinks (node_modules/.bin) are copied as they are, the way COPY does.
    const options = { recursive: true, verbatimSymlinks: true };
    if (statSync(host).isDirectory()) cpSync(host, target, options);
    else if (intoDirectory || isDirectory(target)) {
      mkdirSync(target, { recursive: true });
      cpSync(host, join(target, basename(host)), options);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      cpSync(host, target, options);
    }
  }
}

async function runStep(
  step: Step,
  state: StageState,
  dir: string,
  skipped: Skipped[],
  timed: (work: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const commands = runCommands(step);
  const skip = (command: string, reason: string) =>
    skipped.push({ stage: state.label, line: step.line, command, reason });

  if (commands.every((c) => /^(\w+=\S*\s+)*npm\s/.test(c))) {
    await timed(() => runShell(step, state, dir));
    return;
  }
  if (commands.some((c) => c.startsWith('apt-get'))) {
    for (const pkg of aptPackages(commands)) {
      const present = HOST_EQUIVALENTS[pkg];
      if (!present)
        throw new Error(`line ${step.line}: the replay cannot check for the Debian package ${pkg}`);
      if (!present()) throw new Error(`line ${step.line}: ${pkg} is missing on this machine`);
    }
    skip(step.args, 'system packages: the replay checked this machine has the same tools instead');
    return;
  }
  for (const command of commands) {
    const mkdir = /^mkdir -p((?: \/\S+)+)$/.exec(command);
    if (mkdir?.[1]) {
      for (const path of mkdir[1].trim().split(' ')) mkdirSync(join(state.root, path), { recursive: true });
    } else if (/^chown [\w:.-]+(?: \/\S+)+$/.test(command)) {
      skip(command, 'ownership for the image user, who does not exist here');
    } else {
      throw new Error(`line ${step.line}: the replay cannot run \`${command}\`; teach it or keep it out`);
    }
  }
}

function aptPackages(commands: string[]): string[] {
  return commands
    .filter((c) => /^apt-get\s+(.*\s)?install\b/.test(c))
    .flatMap((c) => c.replace(/^apt-get\s+/, '').split(/\s+/))
    .filter((word) => word !== 'install' && !word.startsWith('-'));
}

/** Runs the RUN line through sh in the stage's WORKDIR and ENV; its output goes to a log file. */
function runShell(step: Step, state: StageState, dir: string): Promise<void> {
  const logFile = join(dir, `run-line-${step.line}.log`);
  const env = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    // The user's npm settings (cache, node headers for node-gyp) apply, as root's do in the image.
    HOME: process.env.HOME ?? '/root',
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    ...state.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', step.args], { cwd: join(state.root, state.workdir), env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(logFile, output);
      if (code === 0) resolve();
      else reject(new Error(`line ${step.line} (${step.args}) exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
