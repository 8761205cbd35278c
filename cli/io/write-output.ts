import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, fileErrorMessage } from '../errors.ts';

/** The mark every HTML page of `cds` carries (cli/render/html-page.ts). */
export const GENERATED_MARK = '<meta name="generator" content="cds">';

/**
 * Writes a generated file (HTML report, template) and never destroys a file the officer made:
 * - `never`: an existing file is never replaced (the `wx` flag makes check and creation one step);
 * - `own`: an existing file is replaced only when `cds` wrote it (it carries GENERATED_MARK), so
 *   running the same command twice works and gives the same file;
 * - `always`: replace (the officer said `--force`).
 */
export async function writeOutputFile(
  cwd: string,
  given: string,
  data: string | Uint8Array,
  opts: { overwrite: 'never' | 'own' | 'always' },
): Promise<string> {
  const path = resolve(cwd, given);
  if (opts.overwrite === 'own' && !(await isOursOrAbsent(path))) {
    throw new CliError(fileErrorMessage({ code: 'EEXIST' }, given));
  }
  try {
    await writeFile(path, data, { flag: opts.overwrite === 'never' ? 'wx' : 'w' });
  } catch (error) {
    throw new CliError(fileErrorMessage(error, given));
  }
  return given;
}

async function isOursOrAbsent(path: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')).includes(GENERATED_MARK);
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT';
  }
}
