import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, fileErrorMessage } from '../errors.ts';

/**
 * Writes a generated file (HTML report, template). With `overwrite: false` an existing file is
 * never replaced (the `wx` flag makes the check and the creation one atomic step).
 */
export async function writeOutputFile(cwd: string, given: string, data: string | Uint8Array, opts: { overwrite: boolean } = { overwrite: true }): Promise<string> {
  const path = resolve(cwd, given);
  try {
    await writeFile(path, data, { flag: opts.overwrite ? 'w' : 'wx' });
  } catch (error) {
    throw new CliError(fileErrorMessage(error, given));
  }
  return given;
}
