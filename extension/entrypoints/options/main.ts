// Options: my unit (searched among the units seen in the portal's payloads, or typed as a code),
// my plan (bundled or imported from JSON, checked by the core), my unit's report link, the
// language. Stored locally.
//
// The page is built once per language; typing in the unit search only redraws the result list,
// never the input itself, and nothing is searched while an input method is composing a word
// (Vietnamese Telex/VNI compose "ư", "ơ", tones… through composition events).
import '../../../ui/scorecard.css';
import './options.css';
import { checkPlan, getPlan } from '../../../shared/data/index.ts';
import { msg, t, type Lang } from '../../messages/index.ts';
import { searchUnits, type PortalUnit } from '../../../shared/portal/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { el } from '../../../ui/scorecard-dom.ts';
import { planChoices } from '../../utils/plans.ts';
import { activePlanFor } from '../../utils/active-plan.ts';
import { checkReportLink, reportLinkItem } from '../../utils/report-link.ts';
import { activePlanItem, importedPlansItem, seenUnitsItem, settingsItem, type SeenUnit, type Settings } from '../../utils/storage.ts';
import { planImportSection } from './plan-import.ts';

const app = document.getElementById('app')!;
let settings: Settings;
let imported: Plan[];
let seen: SeenUnit[];
let reportLink: string | null = null;
let chosen: SeenUnit | null = null;
let query = '';
let importMessages: string[] = [];
let statusText = '';

/** Sections other modules add to the page (e.g. the plan-table import); kept across redraws. */
const extraSections = el(document, 'div', { id: 'options-extra' });
// The plan-table import (XLSX/CSV/JSON): a checked plan is kept with the imported ones and chosen.
extraSections.append(
  planImportSection(document, {
    lang: () => settings?.lang ?? 'vi',
    adopt: async (p) => {
      imported = [...imported.filter((x) => x.id !== p.id), p];
      await importedPlansItem.setValue(imported);
      settings = { ...settings, planId: p.id };
      renderPlanChoices();
    },
  }),
);

async function load() {
  [settings, imported, seen, reportLink] = await Promise.all([
    settingsItem.getValue(), importedPlansItem.getValue(), seenUnitsItem.getValue(), reportLinkItem.getValue(),
  ]);
  chosen = settings.unitCode ? { id: settings.unitId, code: settings.unitCode, name: settings.unitName ?? settings.unitCode, level: null, type: null, rootDepartmentId: settings.rootDepartmentId } : null;
  render();
}

function L(key: string, params: Record<string, string | number> = {}) {
  return t(msg(key, params), settings.lang);
}

function unitLabel(u: { name: string; code: string | null }) {
  return u.code ? `${u.name} (${u.code})` : u.name;
}

const sameUnit = (a: { id: string | null; code: string | null }, b: { id: string | null; code: string | null }) =>
  Boolean((a.id && a.id === b.id) || (a.code && a.code === b.code));

/** Only the result list and the chosen unit change while the officer types or picks. */
function renderResults() {
  const results = document.getElementById('unit-results');
  const count = document.getElementById('unit-count');
  const current = document.getElementById('unit-current');
  if (!results || !count || !current) return;
  current.textContent = chosen ? unitLabel(chosen) : '—';
  const items: HTMLElement[] = [];
  if (seen.length === 0) {
    items.push(el(document, 'li', { class: 'cds-meta' }, L('ext.options.unit-none')));
    count.textContent = '';
  } else if (query.trim()) {
    const units: PortalUnit[] = seen.map((u) => ({ id: u.id, code: u.code, name: u.name, level: u.level, type: u.type }));
    const found = searchUnits(units, query, 30);
    count.textContent = L('extui.options.results', { count: found.length });
    for (const u of found) {
      const full = seen.find((s) => sameUnit(s, u)) ?? null;
      const isChosen = Boolean(chosen && sameUnit(chosen, u));
      const pick = el(document, 'button', { type: 'button', class: 'cds-button', 'data-variant': isChosen ? 'primary' : 'secondary', 'aria-pressed': String(isChosen), 'data-unit-code': u.code ?? u.id ?? '' }, unitLabel(u));
      pick.addEventListener('click', () => {
        chosen = full;
        statusText = '';
        const manual = document.getElementById('unit-code') as HTMLInputElement | null;
        if (manual) manual.value = chosen?.code ?? '';
        renderResults();
        document.querySelector<HTMLElement>(`#unit-results button[data-unit-code="${CSS.escape(u.code ?? u.id ?? '')}"]`)?.focus();
      });
      items.push(el(document, 'li', {}, pick));
    }
  } else {
    count.textContent = '';
  }
  results.replaceChildren(...items);
}

function renderImportMessages() {
  document.getElementById('import-messages')?.replaceChildren(...importMessages.map((m) => el(document, 'li', {}, m)));
}

function renderPlanChoices() {
  const plan = document.getElementById('plan') as HTMLSelectElement | null;
  if (!plan) return;
  plan.replaceChildren(...planChoices(imported).map((p) => el(document, 'option', { value: p.id }, `${p.title[settings.lang]} (${p.id})`)));
  plan.value = settings.planId;
}

function setStatus(text: string) {
  statusText = text;
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

/** The whole page, built once per language. */
function render() {
  document.documentElement.lang = settings.lang;
  document.title = L('ext.options.title');

  const lang = el(document, 'select', { id: 'lang' },
    el(document, 'option', { value: 'vi' }, 'Tiếng Việt'),
    el(document, 'option', { value: 'en' }, 'English'),
  );
  lang.value = settings.lang;
  lang.addEventListener('change', () => {
    settings = { ...settings, lang: lang.value as Lang };
    render();
    document.getElementById('lang')?.focus();
  });

  // Unit search: the input is never replaced while the page lives in one language.
  const search = el(document, 'input', { id: 'unit-search', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'unit-count', 'aria-controls': 'unit-results' });
  search.value = query;
  let composing = false;
  search.addEventListener('compositionstart', () => { composing = true; });
  search.addEventListener('compositionend', () => {
    composing = false;
    query = search.value;
    renderResults();
  });
  search.addEventListener('input', (e) => {
    // Mid-composition values ("Cươ" before the tone) are not searched; compositionend does it.
    if (composing || (e as InputEvent).isComposing) return;
    query = search.value;
    renderResults();
  });
  const results = el(document, 'ul', { id: 'unit-results', class: 'cds-list cds-unit-results', 'aria-label': L('ext.options.unit') });
  const count = el(document, 'p', { id: 'unit-count', class: 'cds-meta', 'aria-live': 'polite' });
  const manual = el(document, 'input', { id: 'unit-code', type: 'text', placeholder: 'H44.104', autocomplete: 'off' });
  manual.value = chosen?.code ?? '';
  manual.addEventListener('change', () => {
    const code = manual.value.trim();
    const known = seen.find((s) => s.code?.toLowerCase() === code.toLowerCase());
    chosen = code ? (known ?? { id: null, code, name: code, level: null, type: null, rootDepartmentId: null }) : null;
    renderResults();
  });
  const current = el(document, 'p', { 'aria-live': 'polite' }, `${L('ext.options.unit-chosen')} `, el(document, 'strong', { id: 'unit-current' }, '—'));

  // Plan
  const plan = el(document, 'select', { id: 'plan' });
  plan.addEventListener('change', () => {
    settings = { ...settings, planId: plan.value };
  });
  const file = el(document, 'input', { id: 'plan-file', type: 'file', accept: 'application/json,.json' });
  file.addEventListener('change', () => void importPlan(file));
  const importList = el(document, 'ul', { id: 'import-messages', class: 'cds-list', role: 'status' });

  // Report link (for the targets the portal cannot measure)
  const report = el(document, 'input', { id: 'report-url', type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://docs.google.com/spreadsheets/d/…' });
  report.value = reportLink ?? '';

  const save = el(document, 'button', { id: 'save', type: 'button', class: 'cds-button' }, L('ext.options.save'));
  save.addEventListener('click', () => void saveSettings());

  app.replaceChildren(
    el(document, 'h1', {}, L('ext.options.title')),
    el(document, 'p', { class: 'cds-meta' }, L('ext.options.privacy')),
    el(document, 'div', { class: 'cds-section cds-field' }, el(document, 'label', { for: 'lang' }, 'Ngôn ngữ / Language'), lang),
    el(document, 'div', { class: 'cds-section', id: 'unit' },
      el(document, 'h2', {}, L('ext.options.unit')),
      el(document, 'label', { for: 'unit-search' }, L('ext.options.unit-search')), search, count, results,
      el(document, 'div', { class: 'cds-field' }, el(document, 'label', { for: 'unit-code' }, L('ext.options.unit-manual')), manual),
      current,
    ),
    el(document, 'div', { class: 'cds-section', id: 'plan-section' },
      el(document, 'h2', {}, el(document, 'label', { for: 'plan' }, L('ext.options.plan'))),
      plan,
      el(document, 'p', { class: 'cds-field' }, el(document, 'label', { for: 'plan-file' }, L('ext.options.import')), file),
      importList,
    ),
    extraSections,
    el(document, 'div', { class: 'cds-section', id: 'report' },
      el(document, 'h2', {}, L('extui.options.report')),
      el(document, 'p', { class: 'cds-meta' }, L('extui.options.report-intro')),
      el(document, 'div', { class: 'cds-field' }, el(document, 'label', { for: 'report-url' }, L('extui.options.report-url')), report),
    ),
    el(document, 'div', { class: 'cds-section cds-save' }, save, ' ', el(document, 'span', { id: 'status', role: 'status' }, statusText)),
  );
  renderPlanChoices();
  renderResults();
  renderImportMessages();
}

async function importPlan(input: HTMLInputElement) {
  const f = input.files?.[0];
  if (!f) return;
  let json: unknown;
  try {
    json = JSON.parse(await f.text());
  } catch (e) {
    importMessages = [L('ext.options.import-bad-json', { reason: e instanceof Error ? e.message : String(e) })];
    renderImportMessages();
    return;
  }
  const { plan, issues } = checkPlan(json);
  if (!plan) {
    // Every problem names its JSON field (targets[3].value…), as the core reports it.
    importMessages = [L('ext.options.import-errors'), ...issues.map((i) => `${i.location.field ?? ''}: ${t(i.message, settings.lang)}`)];
    renderImportMessages();
    return;
  }
  if (getPlan(plan.id)) {
    importMessages = [L('ext.options.import-duplicate', { id: plan.id })];
    renderImportMessages();
    return;
  }
  imported = [...imported.filter((p) => p.id !== plan.id), plan];
  await importedPlansItem.setValue(imported);
  settings = { ...settings, planId: plan.id };
  importMessages = [L('ext.options.import-ok', { title: plan.title[settings.lang] }), ...issues.map((i) => `${i.location.field ?? ''}: ${t(i.message, settings.lang)}`)];
  renderPlanChoices();
  renderImportMessages();
}

async function saveSettings() {
  const linkField = document.getElementById('report-url') as HTMLInputElement | null;
  const link = checkReportLink(linkField?.value ?? '');
  settings = {
    ...settings,
    unitCode: chosen?.code ?? chosen?.id ?? null,
    unitName: chosen?.name ?? null,
    unitId: chosen?.id ?? null,
    rootDepartmentId: chosen?.rootDepartmentId ?? null,
  };
  // Written here too (not only by the background) so the open portal tab updates at once.
  await activePlanItem.setValue(activePlanFor(settings.planId, imported));
  await settingsItem.setValue(settings);
  // A refused link is reported, and the field keeps what the officer typed.
  if (link !== null) {
    reportLink = link === '' ? null : link;
    await reportLinkItem.setValue(reportLink);
  }
  setStatus(link === null ? `${L('ext.options.saved')} ${L('extui.options.report-bad')}` : L('ext.options.saved'));
}

seenUnitsItem.watch((v) => {
  seen = v ?? [];
  renderResults();
});
void load();
