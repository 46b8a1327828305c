import { validate } from 'dockerfile-utils';
import { dockerignore, execForm, parseDockerfile, runCommands, type Stage, stageEnv } from './dockerfile.js';

/** Paths the build context must never carry: installed or built output, the data volume, secrets, history. */
const MUST_IGNORE = ['node_modules/a/index.js', '.git/HEAD', 'data/bala.db', '.env', 'dist/adapters/main.js'];
/** What the build needs. */
const MUST_KEEP = [
  'package.json',
  'package-lock.json',
  'tsconfig.build.json',
  'src/core.ts',
  'knowledge/helplines.yaml',
];
/** All the runtime stage may take from the build: the service, its production dependencies, its data. */
/** What the service reads at run time (models/ without its training data: the build stage removes it). */
const RUNTIME_FILES = [
  '/app/dist',
  '/app/node_modules',
  '/app/knowledge',
  '/app/package.json',
  '/app/models',
];

/**
 * The Dockerfile rules CI enforces without a Docker engine (hadolint is not packaged for Debian): the
 * syntax check of dockerfile-utils, then the rules below, each named after what it protects. Returns one
 * line per problem; an empty list means the Dockerfile passes.
 */
export function lintDockerfile(text: string, ignoreFile: string): string[] {
  const syntax = validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  const stages = parseDockerfile(text);
  const final = stages.at(-1);
  if (!final) return [...syntax, 'no FROM: not a Dockerfile'];
  return [
    ...syntax,
    ...pinnedBaseImages(stages),
    ...multiStage(stages, final),
    ...nonRootUser(final),
    ...healthcheck(final),
    ...dataVolume(final),
    ...stages.flatMap(aptHygiene),
    ...noAdd(stages),
    ...lockedInstall(stages),
    ...execFormCommand(final),
    ...ignoredPaths(ignoreFile),
  ];
}

/** Base images with a tag or digest, never `latest` (rebuilds must not change the base silently). */
function pinnedBaseImages(stages: Stage[]): string[] {
  const names = new Set(stages.map((s) => s.name));
  return stages.flatMap((stage) => {
    if (names.has(stage.image)) return [];
    if (stage.digest) return [];
    if (!stage.tag) return [`FROM ${stage.image}: pin a tag or digest`];
    if (stage.tag === 'latest') return [`FROM ${stage.image}: pin a version, not latest`];
    return [];
  });
}

/** Build tools stay in a build stage; the runtime stage takes only the built service from it. */
function multiStage(stages: Stage[], final: Stage): string[] {
  if (stages.length < 2)
    return ['use a multi-stage build: compilers and dev dependencies stay out of the image'];
  const copied = final.steps.filter((s) => s.keyword === 'COPY' && s.flags.from !== undefined);
  if (copied.length === 0) return ['the final stage copies nothing from the build stage'];
  const fromContext = final.steps.filter((s) => s.keyword === 'COPY' && s.flags.from === undefined);
  const sources = copied.map((s) => s.args.split(' ')[0] ?? '');
  return [
    ...fromContext.map((s) => `line ${s.line}: the final stage copies from the build stage only`),
    ...sources
      .filter((s) => !RUNTIME_FILES.includes(s))
      .map((s) => `the final stage copies ${s} (not runtime)`),
  ];
}

function nonRootUser(final: Stage): string[] {
  const user = final.steps.filter((s) => s.keyword === 'USER').at(-1);
  if (!user) return ['the final stage runs as root: add USER'];
  const name = user.args.split(':')[0];
  return name === 'root' || name === '0' ? [`line ${user.line}: USER ${user.args} is root`] : [];
}

function healthcheck(final: Stage): string[] {
  const checks = final.steps.filter((s) => s.keyword === 'HEALTHCHECK');
  const check = checks[0];
  if (!check) return ['no HEALTHCHECK in the final stage'];
  const command = execForm(check.args.replace(/^CMD\s+/, ''));
  if (!check.args.startsWith('CMD') || !command) return [`line ${check.line}: HEALTHCHECK CMD in exec form`];
  return command.join(' ').includes('/healthz')
    ? []
    : [`line ${check.line}: HEALTHCHECK does not ask /healthz`];
}

/** The data directory is a volume, so a new container keeps subscriptions and the delivery ledger. */
function dataVolume(final: Stage): string[] {
  const dataDir = stageEnv(final).DATA_DIR;
  if (!dataDir) return ['the final stage does not set DATA_DIR'];
  const volumes = final.steps
    .filter((s) => s.keyword === 'VOLUME')
    .flatMap((s) => execForm(s.args) ?? s.args.split(' '));
  return volumes.includes(dataDir) ? [] : [`DATA_DIR=${dataDir} is not a VOLUME`];
}

/** apt-get: update and install in one layer, no recommended extras, no package lists left in the image. */
function aptHygiene(stage: Stage): string[] {
  return stage.steps
    .filter((s) => s.keyword === 'RUN' && /\bapt-get\b/.test(s.args))
    .flatMap((step) => {
      const commands = runCommands(step);
      const installs = commands.filter((c) => /^apt-get\s+(.*\s)?install\b/.test(c));
      const problems: string[] = [];
      if (installs.length > 0 && !commands.some((c) => /^apt-get\s+update\b/.test(c)))
        problems.push(`line ${step.line}: apt-get install without apt-get update in the same RUN`);
      for (const install of installs) {
        if (!install.includes('--no-install-recommends'))
          problems.push(`line ${step.line}: apt-get install without --no-install-recommends`);
        if (!/\s-y\b|--yes\b/.test(install)) problems.push(`line ${step.line}: apt-get install without -y`);
      }
      if (!commands.some((c) => /^rm -rf \/var\/lib\/apt\/lists\/?\*?$/.test(c)))
        problems.push(`line ${step.line}: apt-get without rm -rf /var/lib/apt/lists/* at the end`);
      return problems;
    });
}

/** COPY for files; ADD would fetch URLs unverified or unpack archives by surprise. */
function noAdd(stages: Stage[]): string[] {
  return stages
    .flatMap((s) => s.steps)
    .filter((s) => s.keyword === 'ADD')
    .map((s) =>
      /https?:\/\/|git@/.test(s.args)
        ? `line ${s.line}: ADD of a URL: download in a RUN with a checksum instead`
        : `line ${s.line}: use COPY instead of ADD`,
    );
}

/** Installs follow the lock file exactly. */
function lockedInstall(stages: Stage[]): string[] {
  const runs = stages.flatMap((s) => s.steps).filter((s) => s.keyword === 'RUN');
  const problems = runs
    .filter((s) => runCommands(s).some((c) => /(^|\s)npm\s+(install|i|add)(\s|$)/.test(c)))
    .map((s) => `line ${s.line}: npm install: use npm ci`);
  const hasCi = runs.some((s) => runCommands(s).some((c) => /(^|\s)npm\s+ci(\s|$)/.test(c)));
  return hasCi ? problems : [...problems, 'no npm ci'];
}

/** Exec form: node is PID 1 and gets SIGTERM itself (a shell in between would not pass it on). */
function execFormCommand(final: Stage): string[] {
  const cmds = final.steps.filter((s) => s.keyword === 'CMD' || s.keyword === 'ENTRYPOINT');
  if (!cmds.some((s) => s.keyword === 'CMD')) return ['no CMD in the final stage'];
  return cmds
    .filter((s) => !execForm(s.args))
    .map((s) => `line ${s.line}: ${s.keyword} in exec form (JSON array)`);
}

function ignoredPaths(ignoreFile: string): string[] {
  const ignored = dockerignore(ignoreFile);
  return [
    ...MUST_IGNORE.filter((p) => !ignored(p)).map((p) => `.dockerignore lets ${p} into the build context`),
    ...MUST_KEEP.filter((p) => ignored(p)).map((p) => `.dockerignore keeps ${p} out of the build`),
  ];
}
