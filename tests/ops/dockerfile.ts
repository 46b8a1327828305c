import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** One instruction of a stage, as the parser read it (continuation lines joined). */
export interface Step {
  keyword: string;
  /** The arguments without the flags, continuation lines joined with spaces. */
  args: string;
  flags: Record<string, string | null>;
  /** ENV and LABEL: the name=value pairs, values unquoted. */
  properties: Array<[string, string]>;
  /** 1-based, for messages. */
  line: number;
}

export interface Stage {
  name: string | undefined;
  /** As written: `node:20-bookworm-slim`, or the name of an earlier stage. */
  image: string;
  tag: string | null;
  digest: string | null;
  steps: Step[];
}

/** Splits a Dockerfile into its stages, with dockerfile-ast (the parser behind VS Code's Docker support). */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const step = toStep(instruction);
    if (step.keyword === 'FROM') {
      const from = instruction as unknown as FromLike;
      stages.push({
        name: from.getBuildStage() ?? undefined,
        image: from.getImage() ?? '',
        tag: from.getImageTag(),
        digest: from.getImageDigest(),
        steps: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`line ${step.line}: ${step.keyword} before any FROM`);
    stage.steps.push(step);
  }
  return stages;
}

interface FromLike {
  getImage(): string | null;
  getImageTag(): string | null;
  getImageDigest(): string | null;
  getBuildStage(): string | null;
}

/** The parts of dockerfile-ast's instruction subclasses used here, present on some instructions only. */
type AnyInstruction = Instruction & {
  getFlags?: () => Array<{ getName(): string; getValue(): string | null }>;
  getProperties?: () => Array<{ getName(): string; getUnescapedValue(): string | null }>;
};

function toStep(instruction: AnyInstruction): Step {
  const flags = instruction.getFlags?.() ?? [];
  const properties = instruction.getProperties?.() ?? [];
  return {
    keyword: instruction.getKeyword(),
    args: (instruction.getArgumentsContent() ?? '').replace(/\s+/g, ' ').trim(),
    flags: Object.fromEntries(flags.map((f) => [f.getName(), f.getValue()])),
    properties: properties.map((p): [string, string] => [p.getName(), p.getUnescapedValue() ?? '']),
    line: instruction.getRange().start.line + 1,
  };
}

/** The command of an exec-form CMD/ENTRYPOINT/HEALTHCHECK CMD (a JSON array), or undefined for shell form. */
export function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The commands of a shell-form RUN, split on `&&`. */
export function runCommands(step: Step): string[] {
  return step.args.split('&&').map((c) => c.trim());
}

/** The variables the ENV steps of a stage set, in order (later ones win). */
export function stageEnv(stage: Stage): Record<string, string> {
  const pairs = stage.steps.filter((s) => s.keyword === 'ENV').flatMap((s) => s.properties);
  return Object.fromEntries(pairs);
}

/**
 * A .dockerignore as Docker reads it: each pattern matches a path or any of its parent directories,
 * `*` and `?` stay within one path segment, `**` spans any number of them, `!` re-includes, and the last
 * matching pattern decides.
 */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      return { negated, regex: globToRegex(pattern) };
    });
  return (path) => {
    const segments = path.split('/');
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const rule of rules) {
      if (candidates.some((candidate) => rule.regex.test(candidate))) ignored = !rule.negated;
    }
    return ignored;
  };
}

function globToRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (pattern.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
