/**
 * Text on its way to a terminal, made harmless. A unit name, a sheet name or a cell comes from a
 * file anyone can write; control characters in it could clear the screen, move the cursor, rename
 * the window or write the clipboard (OSC 52). Every C0 control except tab and newline, DEL and
 * every C1 control (U+0080–U+009F, U+009B is a one-byte CSI) becomes "�", so the reader still sees
 * that something was there. Colour sequences (ESC [ … m) go too: `cds` never writes colour, and a
 * file's "ESC [8m" (hidden text) or black on black could hide the ⚠ of a unit with errors.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

/** The same output streams, every write made terminal-safe: the one sink all of `cds` writes through. */
export function safeStreams<T extends { stdout: (text: string) => void; stderr: (text: string) => void }>(io: T): T {
  const { stdout, stderr } = io;
  return { ...io, stdout: (text: string) => stdout(terminalSafe(text)), stderr: (text: string) => stderr(terminalSafe(text)) };
}
