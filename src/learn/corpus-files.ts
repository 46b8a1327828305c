import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';

/**
 * Labelled messages a model learns from and is measured on: one JSON Lines file per author, in a folder
 * per split. Splitting by author keeps one person's way of writing out of the measurement of a model that
 * learned from it; `never-read` is written by authors who saw neither the data nor the model's misses.
 */
export const SPLITS = ['train', 'dev', 'never-read', 'read'] as const;
export type Split = (typeof SPLITS)[number];

export type Authored<T> = T & { author: string; split: Split };

/** Every item of the given splits, in a fixed order; a bad line stops with its file and line number. */
export function loadSplits<S extends z.ZodType>(
  dir: string,
  splits: readonly Split[],
  schema: S,
): Authored<z.infer<S>>[] {
  const items: Authored<z.infer<S>>[] = [];
  for (const split of splits) {
    const folder = join(dir, split);
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    for (const file of files) {
      const author = basename(file, '.jsonl');
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim() === '') return;
          const where = `${split}/${file}:${i + 1}`;
          let json: unknown;
          try {
            json = JSON.parse(line);
          } catch {
            throw new Error(`${where}: not JSON`);
          }
          const parsed = schema.safeParse(json);
          if (!parsed.success)
            throw new Error(`${where}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
          items.push({ ...(parsed.data as object), author, split } as Authored<z.infer<S>>);
        });
    }
  }
  return items;
}
