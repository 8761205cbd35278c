// Each surface owns its texts: the core's catalogue holds only what shared/ emits, the CLI and the
// add-on layer theirs on it, and a bundle carries only the texts of the surface it is built for.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as core from '../../../shared/messages/index.ts';
import * as cli from '../../../cli/messages/index.ts';
import * as addOn from '../../../apps-script/src/messages/index.ts';
import * as pages from '../../../extension/messages/index.ts';
import * as pieces from '../../../ui/messages/index.ts';
import { buildSheets, type BuiltSheets } from '../../../apps-script/build.ts';
import { buildCli } from '../../../cli/build.ts';

type Catalogue = core.Catalogue;

/** The keys a surface adds on top of the core. */
function own(surface: Readonly<Catalogue>): Catalogue {
  return Object.fromEntries(Object.entries(surface).filter(([k]) => !(k in core.catalogue)));
}

/**
 * Texts of `from` that no other catalogue uses (not even inside a longer text) and that are long
 * enough not to occur by chance (a one-word column title may be shared): finding one in a bundle means the catalogue went in.
 */
function distinctive(from: Catalogue, others: Readonly<Catalogue>[]): string[] {
  const elsewhere = others.flatMap((c) => Object.values(c).flatMap((x) => [x.vi, x.en]));
  return Object.values(from)
    .flatMap((x) => [x.vi, x.en])
    .filter((s) => s.length >= 30 && !/["'`\\\n]/.test(s) && !elsewhere.some((o) => o.includes(s)));
}

describe('layered catalogues', () => {
  it('renders the core keys everywhere and a surface key only on its surface', () => {
    const coreKey = core.msg('validate.zero-denominator');
    expect(cli.t(coreKey, 'vi')).toBe(core.t(coreKey, 'vi'));
    expect(addOn.t(coreKey, 'en')).toBe(core.t(coreKey, 'en'));
    expect(core.t(coreKey, 'vi')).not.toBe('validate.zero-denominator');

    const usage = core.msg('cli.usage', { detail: 'x' });
    expect(cli.t(usage, 'en')).toContain('cds --help');
    expect(core.t(usage, 'en')).toBe('cli.usage');
    expect(addOn.t(usage, 'en')).toBe('cli.usage');

    const menu = Object.keys(own(addOn.catalogue)).find((k) => k.startsWith('sheets.'))!;
    expect(addOn.hasMessage(menu)).toBe(true);
    expect(cli.hasMessage(menu)).toBe(false);
    expect(core.hasMessage(menu)).toBe(false);
  });

  it('keeps an unknown key visible on every surface', () => {
    for (const t of [core.t, cli.t, addOn.t, pages.t, pieces.t]) expect(t(core.msg('no-such-key'), 'vi')).toBe('no-such-key');
    // Names every object inherits are not texts either.
    expect(core.t(core.msg('constructor'), 'en')).toBe('constructor');
    expect(core.hasMessage('toString')).toBe(false);
  });

  it('refuses a key defined twice when catalogues are layered', () => {
    expect(() => core.composeCatalogue({ a: { k: { vi: 'a', en: 'a' } }, b: { k: { vi: 'b', en: 'b' } } })).toThrow(/"k" is defined twice \(again in b\)/);
  });

  it('gives the surfaces keys of their own only under their prefixes', () => {
    const cliOwn = Object.keys(own(cli.catalogue));
    const addOnOwn = Object.keys(own(addOn.catalogue));
    expect(cliOwn.length).toBeGreaterThan(100);
    expect(addOnOwn.length).toBeGreaterThan(100);
    expect(cliOwn.filter((k) => !/^(cli|safety|auth|collect|trend|plan-table\.cli)\./.test(k))).toEqual([]);
    expect(addOnOwn.filter((k) => !k.startsWith('sheets.'))).toEqual([]);
    const pagesOwn = Object.keys(own(pages.catalogue));
    expect(pagesOwn.length).toBeGreaterThan(20);
    expect(pagesOwn.filter((k) => !/^(ext\.options|ext\.popup|extui\.options|plan-table\.ext)\./.test(k))).toEqual([]);
    const piecesOwn = Object.keys(own(pieces.catalogue));
    expect(piecesOwn.length).toBeGreaterThan(20);
    expect(piecesOwn.filter((k) => !/^(ui|ext\.panel|extui)\./.test(k))).toEqual([]);
    expect(Object.keys(core.catalogue).filter((k) => k.startsWith('sheets.') || k.startsWith('safety.') || k.startsWith('auth.'))).toEqual([]);
  });

  it('every key of every surface has a Vietnamese and an English text with the same placeholders', () => {
    for (const catalogue of [core.catalogue, cli.catalogue, addOn.catalogue, pages.catalogue, pieces.catalogue]) {
      for (const [key, { vi, en }] of Object.entries(catalogue)) {
        expect(vi.trim(), key).not.toBe('');
        expect(en.trim(), key).not.toBe('');
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Vi|En)$/, '')).sort();
        expect(names(vi), key).toEqual(names(en));
      }
    }
  });
});

describe('bundles carry only their own surface texts', () => {
  const cliTexts = distinctive(own(cli.catalogue), [core.catalogue, own(addOn.catalogue), own(pages.catalogue)]);
  const sheetsTexts = distinctive(own(addOn.catalogue), [core.catalogue, own(cli.catalogue), own(pages.catalogue)]);
  const pagesTexts = distinctive(own(pages.catalogue), [core.catalogue, own(cli.catalogue), own(addOn.catalogue)]);
  const coreTexts = distinctive(
    Object.fromEntries(Object.entries(core.catalogue).filter(([k]) => k.startsWith('validate.'))),
    [own(cli.catalogue), own(addOn.catalogue), own(pages.catalogue)],
  );
  let sheets: BuiltSheets;
  let district: BuiltSheets;
  let cds = '';
  beforeAll(async () => {
    const cdsFile = join(mkdtempSync(join(tmpdir(), 'cds-messages-cli-')), 'cds.mjs');
    [sheets, district] = await Promise.all([
      buildSheets({ outDir: mkdtempSync(join(tmpdir(), 'cds-messages-sheets-')) }),
      buildSheets({ edition: 'district', outDir: mkdtempSync(join(tmpdir(), 'cds-messages-district-')) }),
      buildCli(cdsFile),
    ]);
    cds = readFileSync(cdsFile, 'utf8');
  }, 120_000);

  it('has distinctive texts to look for', () => {
    expect(cliTexts.length).toBeGreaterThan(50);
    expect(sheetsTexts.length).toBeGreaterThan(50);
    expect(pagesTexts.length).toBeGreaterThan(10);
    expect(coreTexts.length).toBeGreaterThan(10);
  });

  it('the Apps Script bundle and its sidebar carry the Sheets texts and no CLI text', () => {
    for (const built of [sheets, district]) {
      for (const [name, text] of [['Code.js', built.code], ['Sidebar.html', built.html]] as const) {
        expect(cliTexts.filter((s) => text.includes(s)), name).toEqual([]);
        expect(pagesTexts.filter((s) => text.includes(s)), name).toEqual([]);
      }
      // The search works: the texts the add-on does use are found.
      expect(sheetsTexts.filter((s) => built.code.includes(s)).length).toBeGreaterThan(20);
      expect(coreTexts.filter((s) => built.code.includes(s)).length).toBeGreaterThan(5);
    }
  });

  it('the one-file `cds` carries the CLI texts and no Sheets or extension-page text', () => {
    expect(sheetsTexts.filter((s) => cds.includes(s))).toEqual([]);
    expect(pagesTexts.filter((s) => cds.includes(s))).toEqual([]);
    expect(cliTexts.filter((s) => cds.includes(s)).length).toBeGreaterThan(20);
  });

  it('the content script (.output/chrome-mv3, built by `npx wxt build`) carries no Sheets, CLI or options-page text', () => {
    // The test runner (scripts/test.ts) builds the extension before Vitest runs.
    const portal = readFileSync('.output/chrome-mv3/content-scripts/portal.js', 'utf8');
    expect(sheetsTexts.filter((s) => portal.includes(s))).toEqual([]);
    expect(cliTexts.filter((s) => portal.includes(s))).toEqual([]);
    expect(pagesTexts.filter((s) => portal.includes(s))).toEqual([]);
    expect(portal).not.toContain('Xem: cds --help');
    expect(coreTexts.filter((s) => portal.includes(s)).length).toBeGreaterThan(5);
    // The options page does carry its own texts: the search would find them.
    const options = readdirSync('.output/chrome-mv3/chunks').map((f) => readFileSync(join('.output/chrome-mv3/chunks', f), 'utf8')).join('\n');
    expect(pagesTexts.filter((s) => options.includes(s)).length).toBeGreaterThan(5);
  });
});
