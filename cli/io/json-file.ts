import { readFile } from 'node:fs/promises';
import { CliError, cliError, fileErrorMessage } from '../errors.ts';

/**
 * A JSON file the officer names (a plan, a saved portal response): a missing file or broken JSON
 * becomes a message naming the file, under `badJsonKey`. A BOM (Windows editors add one) is fine.
 */
export async function readJsonFile(path: string, given: string, badJsonKey: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage(error, given));
  }
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw cliError(badJsonKey, { path: given, reason: (error as Error).message });
  }
}
