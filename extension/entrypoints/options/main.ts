// Options: my unit (searched among the units seen in the portal's payloads, or typed as a code),
// my plan (bundled or imported from JSON, checked by the core), the language. Stored locally.
import '../../../ui/scorecard.css';
import './options.css';
import { checkPlan, getPlan } from '../../../shared/data/index.ts';
import { msg, t, type Lang } from '../../../shared/messages/index.ts';
import { searchUnits, type PortalUnit } from '../../../shared/portal/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { el } from '../../../ui/scorecard-dom.ts';
import { planChoices } from '../../utils/plans.ts';
import { activePlanFor } from '../../utils/active-plan.ts';
import { activePlanItem, importedPlansItem, seenUnitsItem, settingsItem, type SeenUnit, type Settings } from '../../utils/storage.ts';

const app = document.getElementById('app')!;
let settings: Settings;
let imported: Plan[];
let seen: SeenUnit[];
let chosen: SeenUnit | null = null;
let query = '';
let importMessages: string[] = [];
let statusText = '';

async function load() {
  [settings, imported, seen] = await Promise.all([settingsItem.getValue(), importedPlansItem.getValue(), seenUnitsItem.getValue()]);
  chosen = settings.unitCode ? { id: settings.unitId, code: settings.unitCode, name: settings.unitName ?? settings.unitCode, level: null, type: null, rootDepartmentId: settings.rootDepartmentId } : null;
  render();
}

function L(key: string, params: Record<string, string | number> = {}) {
  return t(msg(key, params), settings.lang);
}

function unitLabel(u: { name: string; code: string | null }) {
  return u.code ? `${u.name} (${u.code})` : u.name;
}

function render() {
  document.documentElement.lang = settings.lang;
  document.title = L('ext.options.title');
  const focusedId = document.activeElement?.id;

  const lang = el(document, 'select', { id: 'lang', 'aria-label': 'Ngôn ngữ / Language' },
    el(document, 'option', { value: 'vi' }, 'Tiếng Việt'),
    el(document, 'option', { value: 'en' }, 'English'),
  );
  lang.value = settings.lang;
  lang.addEventListener('change', () => {
    settings = { ...settings, lang: lang.value as Lang };
    render();
  });

  // Unit
  const search = el(document, 'input', { id: 'unit-search', type: 'search', autocomplete: 'off', placeholder: L('ext.options.unit-search'), 'aria-label': L('ext.options.unit-search') });
  search.value = query;
  search.addEventListener('input', () => {
    query = search.value;
    render();
  });
  const units: PortalUnit[] = seen.map((u) => ({ id: u.id, code: u.code, name: u.name, level: u.level, type: u.type }));
  const results = el(document, 'ul', { id: 'unit-results', class: 'cds-list cds-unit-results', 'aria-label': L('ext.options.unit') });
  if (seen.length === 0) {
    results.append(el(document, 'li', { class: 'cds-meta' }, L('ext.options.unit-none')));
  } else if (query.trim()) {
    for (const u of searchUnits(units, query, 30)) {
      const full = seen.find((s) => (s.id && s.id === u.id) || (s.code && s.code === u.code)) ?? null;
      const isChosen = Boolean(chosen && ((chosen.id && chosen.id === u.id) || (chosen.code && chosen.code === u.code)));
      const pick = el(document, 'button', { type: 'button', class: 'cds-button', 'data-variant': isChosen ? 'primary' : 'secondary', 'aria-pressed': String(isChosen), 'data-unit-code': u.code ?? u.id ?? '' }, unitLabel(u));
      pick.addEventListener('click', () => {
        chosen = full;
        statusText = '';
        render();
      });
      results.append(el(document, 'li', {}, pick));
    }
  }
  const manual = el(document, 'input', { id: 'unit-code', type: 'text', placeholder: 'H44.104', 'aria-label': L('ext.options.unit-manual') });
  manual.value = chosen?.code ?? '';
  manual.addEventListener('change', () => {
    const code = manual.value.trim();
    const known = seen.find((s) => s.code?.toLowerCase() === code.toLowerCase());
    chosen = code ? (known ?? { id: null, code, name: code, level: null, type: null, rootDepartmentId: null }) : null;
    render();
  });
  const current = el(document, 'p', { 'aria-live': 'polite' }, `${L('ext.options.unit-chosen')} `, el(document, 'strong', { id: 'unit-current' }, chosen ? unitLabel(chosen) : '—'));

  // Plan
  const plan = el(document, 'select', { id: 'plan', 'aria-label': L('ext.options.plan') });
  for (const p of planChoices(imported)) plan.append(el(document, 'option', { value: p.id }, `${p.title[settings.lang]} (${p.id})`));
  plan.value = settings.planId;
  plan.addEventListener('change', () => {
    settings = { ...settings, planId: plan.value };
  });
  const file = el(document, 'input', { id: 'plan-file', type: 'file', accept: 'application/json,.json', 'aria-label': L('ext.options.import') });
  file.addEventListener('change', () => void importPlan(file));
  const importList = el(document, 'ul', { id: 'import-messages', class: 'cds-list', role: 'status' });
  for (const m of importMessages) importList.append(el(document, 'li', {}, m));

  const save = el(document, 'button', { id: 'save', type: 'button', class: 'cds-button' }, L('ext.options.save'));
  save.addEventListener('click', () => void saveSettings());

  app.replaceChildren(
    el(document, 'h1', {}, L('ext.options.title')),
    el(document, 'p', { class: 'cds-meta' }, L('ext.options.privacy')),
    el(document, 'div', { class: 'cds-section' }, el(document, 'label', { for: 'lang' }, 'Ngôn ngữ / Language'), ' ', lang),
    el(document, 'div', { class: 'cds-section' },
      el(document, 'h2', {}, L('ext.options.unit')),
      el(document, 'label', { for: 'unit-search' }, L('ext.options.unit-search')), search, results,
      el(document, 'label', { for: 'unit-code' }, L('ext.options.unit-manual')), ' ', manual,
      current,
    ),
    el(document, 'div', { class: 'cds-section' },
      el(document, 'h2', {}, L('ext.options.plan')),
      plan,
      el(document, 'p', {}, el(document, 'label', { for: 'plan-file' }, L('ext.options.import')), ' ', file),
      importList,
    ),
    el(document, 'div', { class: 'cds-section' }, save, ' ', el(document, 'span', { id: 'status', role: 'status' }, statusText)),
  );
  if (focusedId) document.getElementById(focusedId)?.focus();
}

async function importPlan(input: HTMLInputElement) {
  const f = input.files?.[0];
  if (!f) return;
  let json: unknown;
  try {
    json = JSON.parse(await f.text());
  } catch (e) {
    importMessages = [L('ext.options.import-bad-json', { reason: e instanceof Error ? e.message : String(e) })];
    render();
    return;
  }
  const { plan, issues } = checkPlan(json);
  if (!plan) {
    // Every problem names its JSON field (targets[3].value…), as the core reports it.
    importMessages = [L('ext.options.import-errors'), ...issues.map((i) => `${i.location.field ?? ''}: ${t(i.message, settings.lang)}`)];
    render();
    return;
  }
  if (getPlan(plan.id)) {
    importMessages = [L('ext.options.import-duplicate', { id: plan.id })];
    render();
    return;
  }
  imported = [...imported.filter((p) => p.id !== plan.id), plan];
  await importedPlansItem.setValue(imported);
  settings = { ...settings, planId: plan.id };
  importMessages = [L('ext.options.import-ok', { title: plan.title[settings.lang] }), ...issues.map((i) => `${i.location.field ?? ''}: ${t(i.message, settings.lang)}`)];
  render();
}

async function saveSettings() {
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
  statusText = L('ext.options.saved');
  render();
}

seenUnitsItem.watch((v) => {
  seen = v ?? [];
  render();
});
void load();
