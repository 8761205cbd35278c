// Test helpers: the project's own copies of the portal payloads (tests/fixtures/portal) and the
// request bodies that produced them.
import { readFileSync } from 'node:fs';
// node:url's URL, not the test DOM's (happy-dom replaces the global URL in DOM tests)
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { parsePortalPayload, type PortalPayload } from '../../../shared/portal/index.ts';
import { indicators } from '../../../shared/data/index.ts';

export const FIXTURES = fileURLToPath(new NodeURL('../../fixtures/portal/', import.meta.url));

export const PHU_THO = {
  transparency: 'transparency.year-2026.phu-tho.json',
  'dvc-progress-tree': 'dvc-progress-tree.year-2026.phu-tho.json',
  'provide-online-tree': 'provide-online-tree.year-2026.phu-tho.json',
  'formality-online-payment-tree': 'formality-online-payment-tree.year-2026.phu-tho.json',
  'dossier-digitized': 'dossier-digitized.year-2026.phu-tho.json',
  'handling-satisfaction': 'handling-satisfaction.year-2026.phu-tho.json',
} as const;
export const NATIONAL = 'service-results.year-2026.national.json';
export const GIA_LAI = 'service-results.month-2026-03.gia-lai.excerpt.json';

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function fixture(name: string): any {
  return JSON.parse(fixtureText(name));
}

export const requests: Record<string, unknown> = fixture('requests.json');

export function parseFixture(endpoint: string, name: string): PortalPayload {
  const r = parsePortalPayload(endpoint, fixtureText(name), requests[name], { indicators });
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
  return r;
}

export function phuThoPayloads(): PortalPayload[] {
  return Object.entries(PHU_THO).map(([ep, name]) => parseFixture(ep, name));
}
