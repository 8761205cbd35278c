import { randomBytes } from 'node:crypto';
import { link, lstat, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { cliError, CliError, fileErrorMessage } from '../errors.ts';

/** The mark every HTML page of `cds` carries (cli/render/html-page.ts). */
export const GENERATED_MARK = '<meta name="generator" content="cds">';

/**
 * Writes a generated file (HTML report, template) and never destroys a file the officer made:
 * - `never`: an existing file is never replaced;
 * - `own`: an existing file is replaced only when `cds` wrote it (it carries GENERATED_MARK), so
 *   running the same command twice works and gives the same file;
 * - `always`: replace (the officer said `--force`).
 * A symbolic link is refused in every mode (writing through it would change the file it points at,
 * anywhere). The data goes to a temporary file next to the target first, then takes its place in
 * one step (rename; for `never`, a hard link that fails when the name exists): an interrupted run
 * never leaves half a file, and a file appearing meanwhile is never overwritten.
 */
export async function writeOutputFile(
  cwd: string,
  given: string,
  data: string | Uint8Array,
  opts: { overwrite: 'never' | 'own' | 'always' },
): Promise<string> {
  const path = resolve(cwd, given);
  if (await isSymlink(path)) throw cliError('safety.symlink-refused', { path: given });
  if (opts.overwrite === 'own' && !(await isOursOrAbsent(path))) {
    throw new CliError(fileErrorMessage({ code: 'EEXIST' }, given));
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // `wx`: the temporary name is new, never an existing file or link.
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    if (opts.overwrite === 'never') {
      await link(temp, path);
      await unlink(temp);
    } else {
      await rename(temp, path);
    }
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new CliError(fileErrorMessage(error, given));
  }
  return given;
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

async function isOursOrAbsent(path: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')).includes(GENERATED_MARK);
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT';
  }
}
