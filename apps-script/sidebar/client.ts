// The sidebar page: four views (template, checks, scorecard, ranking), a language toggle, and the
// scorecard drawn by the same renderer and CSS as the extension panel (ui/). Every text goes in
// through textContent (ui/scorecard-dom.ts `el`). Data comes from the server after the page renders.
import { msg, t } from '../src/messages/index.ts';
import { el, renderScorecardView } from '../../ui/scorecard-dom.ts';
import type { HistorySaved, StatusChange, StatusDto, IssueDto, Lang, PlanTabDone, RankingDto, ScoreDto, SidebarView, TemplateChoices, TemplateDone, Text, ValidationDto } from '../src/dto.ts';
import { ask, callServer, ProblemError } from './run.ts';

type Tab = 'template' | 'issues' | 'score' | 'ranking';
const TABS: Tab[] = ['template', 'issues', 'score', 'ranking'];

const state: {
  lang: Lang;
  tab: Tab;
  busy: boolean;
  error: { text: Text | string; retry: (() => void) | null } | null;
  notice: Text | null;
  choices: TemplateChoices | null;
  form: { planId: string; unitName: string; unitCode: string; level: string; period: string; group: string };
  /** "Tạo kế hoạch": the bundled plan to start from ('' = an empty table). */
  planFrom: string;
  /** "Dán văn bản kế hoạch": the pasted plan text, kept across redraws. */
  planText: string;
  /** "Lưu kỳ báo cáo" found the period saved already: offer to replace it. */
  historyConfirm: boolean;
  /** Who changes a report's status (typed; the add-on reads no e-mail). */
  who: string;
  /** Rank reports not yet submitted too. */
  includeAll: boolean;
  validation: ValidationDto | null;
  score: ScoreDto | null;
  ranking: RankingDto | null;
} = {
  lang: 'vi',
  tab: 'template',
  busy: false,
  error: null,
  notice: null,
  choices: null,
  form: { planId: '', unitName: '', unitCode: '', level: '', period: '', group: '' },
  planFrom: '',
  planText: '',
  historyConfirm: false,
  who: '',
  includeAll: false,
  validation: null,
  score: null,
  ranking: null,
};

const L = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), state.lang);
const pick = (text: Text) => text[state.lang];

/** The officer's own calendar day, for deadlines. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Runs a server call with the loading state, the error line and a retry. */
async function run(work: () => Promise<void>, focusAfter = true): Promise<void> {
  state.busy = true;
  state.error = null;
  state.notice = null;
  render();
  try {
    await work();
  } catch (e) {
    const retry = () => void run(work, focusAfter);
    state.error = e instanceof ProblemError ? { text: e.text, retry } : { text: L('sheets.ui.failed', { detail: e instanceof Error ? e.message : String(e) }), retry };
  } finally {
    state.busy = false;
    render();
    if (focusAfter) focusPanel();
  }
}

const actions = {
  choices: () => run(async () => {
    state.choices = await callServer<TemplateChoices>('sidebarChoices');
    if (!state.form.planId && state.choices.plans[0]) state.form.planId = state.choices.plans[0].id;
  }, false),
  create: () => run(async () => {
    const done = await ask<TemplateDone>('sidebarCreateTemplate', { ...state.form });
    state.notice = done.text;
  }),
  saveHistory: (confirm: boolean, all = false) => run(async () => {
    const done = await ask<HistorySaved>(all ? 'sidebarSaveHistoryAll' : 'sidebarSaveHistory', confirm);
    state.notice = done.skipped?.length ? { vi: `${done.text.vi} ${done.skipped.join('; ')}`, en: `${done.text.en} ${done.skipped.join('; ')}` } : done.text;
    state.historyConfirm = done.needsConfirm;
  }),
  createPlanTab: () => run(async () => {
    const done = await ask<PlanTabDone>('sidebarCreatePlanTab', { fromPlanId: state.planFrom });
    state.notice = done.text;
  }),
  draftPlanTab: () => run(async () => {
    const done = await ask<PlanTabDone>('sidebarCreatePlanTab', { fromText: state.planText });
    state.notice = done.text;
  }),
  validate: () => run(async () => {
    state.validation = await ask<ValidationDto>('sidebarValidate');
  }),
  score: () => run(async () => {
    state.score = await ask<ScoreDto>('sidebarScore', today());
    state.validation = state.score.validation;
  }),
  scorecard: () => run(async () => {
    state.score = await ask<ScoreDto>('sidebarScorecard', today());
  }),
  consolidate: () => run(async () => {
    state.ranking = await ask<RankingDto>('sidebarConsolidate', state.includeAll);
  }),
  setStatus: (action: 'submit' | 'approve' | 'return') => run(async () => {
    const done = await ask<StatusChange>('sidebarSetStatus', action, state.who);
    state.notice = done.text;
    if (done.validation) state.validation = done.validation;
    else if (state.validation) state.validation = { ...state.validation, status: done.status };
  }),
  clearMarks: () => run(async () => {
    const done = await ask<{ count: number; text: Text }>('sidebarClearMarks');
    state.notice = done.text;
    state.validation = null;
  }),
  select: (issue: IssueDto) => {
    if (!issue.sheet || !issue.a1) return;
    void ask('sidebarSelectCell', { sheet: issue.sheet, a1: issue.a1 }).catch((e: unknown) => {
      state.error = { text: e instanceof ProblemError ? e.text : String(e), retry: null };
      render();
    });
  },
};

function focusPanel(): void {
  const target = document.querySelector<HTMLElement>('#cds-error button, #cds-panel h2');
  target?.focus();
}

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el(document, 'button', { type: 'button', class: 'cds-button', ...attrs }, label);
  b.disabled = state.busy;
  b.addEventListener('click', onClick);
  return b;
}

function header(): HTMLElement {
  const langs = el(document, 'div', { class: 'cds-lang', role: 'group', 'aria-label': L('sheets.ui.language') });
  for (const [lang, label] of [['vi', 'Tiếng Việt'], ['en', 'English']] as [Lang, string][]) {
    const b = el(document, 'button', { type: 'button', class: 'cds-lang-button', lang, 'aria-pressed': String(state.lang === lang) }, label);
    b.addEventListener('click', () => {
      state.lang = lang;
      document.documentElement.lang = lang;
      render();
      document.querySelector<HTMLElement>(`.cds-lang-button[lang="${lang}"]`)?.focus();
    });
    langs.append(b);
  }
  return el(document, 'header', { class: 'cds-sidebar-header' }, el(document, 'h1', {}, L('sheets.sidebar.title')), langs);
}

function tabs(): HTMLElement {
  const list = el(document, 'div', { class: 'cds-tabs', role: 'tablist', 'aria-label': L('sheets.sidebar.title') });
  TABS.forEach((tab, i) => {
    const selected = state.tab === tab;
    const b = el(document, 'button', {
      type: 'button',
      role: 'tab',
      id: `cds-tab-${tab}`,
      class: 'cds-tab',
      'aria-selected': String(selected),
      'aria-controls': 'cds-panel',
      tabindex: selected ? '0' : '-1',
    }, L(`sheets.ui.tab.${tab}`));
    b.addEventListener('click', () => switchTab(tab));
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      const next = TABS[(i + step + TABS.length) % TABS.length]!;
      switchTab(next);
      document.getElementById(`cds-tab-${next}`)?.focus();
    });
    list.append(b);
  });
  return list;
}

function switchTab(tab: Tab): void {
  state.tab = tab;
  state.error = null;
  state.notice = null;
  render();
  if (tab === 'template' && !state.choices) void actions.choices();
}

function status(): HTMLElement {
  const box = el(document, 'div', { class: 'cds-status-line', role: 'status', 'aria-live': 'polite' });
  if (state.busy) box.append(el(document, 'span', { class: 'cds-spinner', 'aria-hidden': 'true' }), L('sheets.ui.loading'));
  else if (state.notice) box.append(pick(state.notice));
  return box;
}

function errorBox(): HTMLElement | null {
  if (!state.error) return null;
  const text = typeof state.error.text === 'string' ? state.error.text : pick(state.error.text);
  const box = el(document, 'div', { id: 'cds-error', class: 'cds-error', role: 'alert' }, el(document, 'p', {}, text));
  if (state.error.retry) box.append(button(L('sheets.ui.retry'), state.error.retry));
  return box;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el(document, 'div', { class: 'cds-field' }, el(document, 'label', { for: id }, label), control);
}

function templateView(): HTMLElement[] {
  const out: HTMLElement[] = [el(document, 'h2', { tabindex: '-1' }, L('sheets.ui.tab.template'))];
  const choices = state.choices;
  if (!choices) return out;
  const form = el(document, 'form', { class: 'cds-form' });
  const plan = el(document, 'select', { id: 'cds-plan', name: 'planId' });
  for (const p of choices.plans) {
    const o = el(document, 'option', { value: p.id }, `${pick(p.title)} (${p.period})${p.sheet ? ` — ${p.sheet}` : ''}`);
    o.selected = p.id === state.form.planId;
    plan.append(o);
  }
  plan.addEventListener('change', () => (state.form.planId = plan.value));
  const text = (id: string, key: keyof typeof state.form, autocomplete = 'off') => {
    const input = el(document, 'input', { id, name: key, type: 'text', autocomplete });
    input.value = state.form[key];
    input.addEventListener('input', () => (state.form[key] = input.value));
    return input;
  };
  const level = el(document, 'select', { id: 'cds-level', name: 'level' });
  level.append(el(document, 'option', { value: '' }, '—'));
  for (const l of choices.levels) {
    const o = el(document, 'option', { value: l.value }, pick(l.label));
    o.selected = l.value === state.form.level;
    level.append(o);
  }
  level.addEventListener('change', () => (state.form.level = level.value));
  const group = el(document, 'select', { id: 'cds-group', name: 'group' });
  group.append(el(document, 'option', { value: '' }, '—'));
  for (const g of choices.groups ?? []) {
    const o = el(document, 'option', { value: g.value }, pick(g.label));
    o.selected = g.value === state.form.group;
    group.append(o);
  }
  group.addEventListener('change', () => (state.form.group = group.value));
  form.append(
    field('cds-plan', L('sheets.ui.plan'), plan),
    field('cds-unit-name', L('sheets.ui.unit-name'), text('cds-unit-name', 'unitName', 'organization')),
    field('cds-unit-code', L('sheets.ui.unit-code'), text('cds-unit-code', 'unitCode')),
    field('cds-level', L('sheets.ui.level'), level),
    field('cds-period', L('sheets.ui.period'), text('cds-period', 'period')),
    field('cds-group', L('sheets.ui.group'), group),
  );
  const submit = el(document, 'button', { type: 'submit', class: 'cds-button cds-primary' }, L('sheets.ui.create'));
  submit.disabled = state.busy;
  form.append(submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void actions.create();
  });
  out.push(form);
  // "Tạo kế hoạch": the officer's own plan as an editable tab.
  const from = el(document, 'select', { id: 'cds-plan-from', name: 'fromPlanId' });
  from.append(el(document, 'option', { value: '' }, L('sheets.ui.plan-tab-empty')));
  for (const p of choices.bundled ?? []) {
    const o = el(document, 'option', { value: p.id }, `${pick(p.title)} (${p.period})`);
    o.selected = p.id === state.planFrom;
    from.append(o);
  }
  from.addEventListener('change', () => (state.planFrom = from.value));
  out.push(el(document, 'section', { class: 'cds-plan-tab' },
    el(document, 'h3', {}, L('sheets.ui.plan-tab')),
    field('cds-plan-from', L('sheets.ui.plan-tab-from'), from),
    button(L('sheets.ui.plan-tab-create'), actions.createPlanTab)));
  // "Dán văn bản kế hoạch": a draft tab proposed from the document's own words.
  const pasted = el(document, 'textarea', { id: 'cds-plan-text', rows: '6', 'aria-describedby': 'cds-plan-text-help' }) as HTMLTextAreaElement;
  pasted.value = state.planText;
  pasted.addEventListener('input', () => (state.planText = pasted.value));
  out.push(el(document, 'section', { class: 'cds-plan-draft' },
    field('cds-plan-text', L('sheets.ui.plan-draft'), pasted),
    el(document, 'p', { id: 'cds-plan-text-help', class: 'cds-help' }, L('sheets.ui.plan-draft-help')),
    button(L('sheets.ui.plan-draft-create'), actions.draftPlanTab)));
  return out;
}

function issueList(issues: IssueDto[]): HTMLElement {
  const list = el(document, 'ul', { class: 'cds-issues', 'aria-label': L('sheets.ui.issues-list') });
  for (const issue of issues) {
    const where = issue.a1 ? `${issue.sheet ?? ''}!${issue.a1}` : L('sheets.ui.no-cell');
    const content = [
      el(document, 'span', { class: 'cds-severity', 'data-severity': issue.severity }, L(`sheets.severity.${issue.severity}`)),
      el(document, 'span', { class: 'cds-where' }, where),
      el(document, 'span', { class: 'cds-issue-text' }, pick(issue.text)),
    ];
    const item = issue.a1
      ? button('', () => actions.select(issue), { class: 'cds-issue', 'aria-label': `${L('sheets.ui.go-to-cell', { a1: issue.a1 })}: ${pick(issue.text)}` })
      : el(document, 'div', { class: 'cds-issue cds-issue-static' });
    item.textContent = '';
    item.append(...content);
    list.append(el(document, 'li', { 'data-code': issue.code }, item));
  }
  return list;
}

function issuesView(): HTMLElement[] {
  const out: HTMLElement[] = [el(document, 'h2', { tabindex: '-1' }, L('sheets.ui.tab.issues'))];
  out.push(el(document, 'div', { class: 'cds-actions' }, button(L('sheets.ui.validate'), actions.validate), button(L('sheets.ui.clear-marks'), actions.clearMarks)));
  const v = state.validation;
  if (!v) return out;
  out.push(el(document, 'p', { class: 'cds-summary', 'data-valid': String(v.valid) },
    L('sheets.ui.issues-summary', { sheet: v.sheet, errors: v.counts.error, warnings: v.counts.warning, infos: v.counts.info })));
  if (v.notice) out.push(el(document, 'p', { class: 'cds-meta cds-notice' }, pick(v.notice)));
  if (v.status) out.push(statusView(v.status));
  if (v.issues.length === 0) out.push(el(document, 'p', {}, L('sheets.ui.no-issues')));
  else out.push(issueList(v.issues));
  return out;
}

function scoreView(): HTMLElement[] {
  const out: HTMLElement[] = [el(document, 'h2', { tabindex: '-1', class: 'cds-visually-hidden' }, L('sheets.ui.tab.score'))];
  out.push(el(document, 'div', { class: 'cds-actions' }, button(L('sheets.ui.score'), actions.score)));
  const s = state.score;
  if (!s) return out;
  const v = s.validation;
  out.push(el(document, 'p', { class: 'cds-summary', 'data-valid': String(v.valid) },
    L('sheets.ui.issues-summary', { sheet: v.sheet, errors: v.counts.error, warnings: v.counts.warning, infos: v.counts.info })));
  if (s.resultSheet) out.push(el(document, 'p', { class: 'cds-meta' }, L('sheets.ui.result-sheet', { sheet: s.resultSheet })));
  const save = el(document, 'div', { class: 'cds-actions' }, button(L('sheets.ui.save-history'), () => void actions.saveHistory(false)));
  if (state.historyConfirm) save.append(button(L('sheets.ui.save-history-confirm'), () => void actions.saveHistory(true), { class: 'cds-button cds-danger' }));
  out.push(save);
  if (s.trend) out.push(trendView(s.trend));
  out.push(renderScorecardView(document, s.views[state.lang]));
  return out;
}

/** The report's status, who changed it and when, and the steps it allows. */
function statusView(status: StatusDto): HTMLElement {
  const box = el(document, 'section', { class: 'cds-status', 'data-status': status.code },
    el(document, 'h3', {}, L('sheets.ui.status')),
    // the time in one piece: "2025-10-20 09:15" never split at its hyphens in the 300 px sidebar
    el(document, 'p', { class: 'cds-status-now' }, [pick(status.text), status.who].filter(Boolean).join(' — '),
      ...(status.when ? [' — ', el(document, 'span', { class: 'cds-when' }, status.when)] : [])));
  const who = el(document, 'input', { id: 'cds-who', name: 'who', type: 'text', autocomplete: 'name' });
  who.value = state.who;
  who.addEventListener('input', () => (state.who = who.value));
  box.append(field('cds-who', L('sheets.ui.status-who'), who));
  const allowed: Record<StatusDto['code'], ('submit' | 'approve' | 'return')[]> = {
    draft: ['submit'], returned: ['submit'], submitted: ['approve', 'return'], approved: ['return'],
  };
  box.append(el(document, 'div', { class: 'cds-actions' },
    ...allowed[status.code].map((a) => button(L(`sheets.status.action.${a}`), () => void actions.setStatus(a)))));
  return box;
}

/** Change per target since the previous saved period, regressions first, then the pace lines. */
function trendView(trend: NonNullable<ScoreDto['trend']>): HTMLElement {
  const box = el(document, 'section', { class: 'cds-trend' }, el(document, 'h3', {}, L('sheets.ui.trend', { period: pick(trend.previous) })));
  const list = el(document, 'ul', { class: 'cds-list' });
  for (const c of [...trend.changes].sort((a, b) => Number(b.backwards) - Number(a.backwards))) {
    list.append(el(document, 'li', { 'data-backwards': String(c.backwards), 'data-target': c.targetId },
      `${c.targetId} — ${pick(c.text)}${c.backwards ? ` (${L('sheets.ui.backwards')})` : ''}`));
  }
  box.append(list);
  if (trend.pace.length > 0) {
    const pace = el(document, 'ul', { class: 'cds-list cds-pace' });
    for (const p of trend.pace) pace.append(el(document, 'li', { 'data-meets': String(p.meets), 'data-target': p.targetId }, `${p.targetId}: ${pick(p.text)}`));
    box.append(el(document, 'h3', {}, L('sheets.ui.pace')), pace);
  }
  return box;
}

function rankingView(): HTMLElement[] {
  const out: HTMLElement[] = [el(document, 'h2', { tabindex: '-1' }, L('sheets.ui.tab.ranking'))];
  const all = el(document, 'input', { id: 'cds-include-all', type: 'checkbox' });
  all.checked = state.includeAll;
  all.addEventListener('change', () => (state.includeAll = all.checked));
  out.push(el(document, 'div', { class: 'cds-actions' }, button(L('sheets.ui.consolidate'), actions.consolidate),
    el(document, 'label', { for: 'cds-include-all', class: 'cds-check' }, all, ` ${L('sheets.ui.include-all')}`)));
  const save = el(document, 'div', { class: 'cds-actions' }, button(L('sheets.ui.save-history-all'), () => void actions.saveHistory(false, true)));
  if (state.historyConfirm) save.append(button(L('sheets.ui.save-history-confirm'), () => void actions.saveHistory(true, true), { class: 'cds-button cds-danger' }));
  out.push(save);
  const r = state.ranking;
  if (!r) return out;
  out.push(el(document, 'p', { class: 'cds-summary' }, L('sheets.ui.ranking-summary', { count: r.rows.length, plan: pick(r.planTitle) })));
  out.push(el(document, 'p', { class: 'cds-meta' }, L('sheets.ui.result-sheet', { sheet: r.sheet })));
  const table = el(document, 'table', { class: 'cds-items cds-ranking' },
    el(document, 'caption', { class: 'cds-visually-hidden' }, L('sheets.ui.ranking-table')),
    el(document, 'thead', {}, el(document, 'tr', {},
      ...['rank', 'unit', 'percent', 'status', 'awards'].map((k) => el(document, 'th', { scope: 'col' }, L(`sheets.rank.col.${k}`))))),
  );
  const body = el(document, 'tbody');
  for (const row of r.rows) {
    body.append(el(document, 'tr', { 'data-eligible': String(row.eligible), 'data-flagged': String(row.flagged) },
      el(document, 'td', { class: 'cds-num' }, `${row.rank}${row.tied ? '=' : ''}`),
      el(document, 'td', {}, ...(row.flagged
        ? [el(document, 'span', { class: 'cds-flag', title: L('sheets.rank.flagged', { count: row.errors }), 'aria-label': L('sheets.rank.flagged', { count: row.errors }) }, '⚠ '), row.unit]
        : [row.unit])),
      // data-label: the column's name on each cell, for the stacked cards of the 300 px sidebar
      el(document, 'td', { class: 'cds-num', 'data-label': L('sheets.rank.col.percent') }, pick(row.percentText)),
      el(document, 'td', { 'data-label': L('sheets.rank.col.status'), 'data-status': row.status?.code ?? '' }, row.status ? pick(row.status.text) : '—'),
      // "—" rather than an empty card line when no award is proposed
      el(document, 'td', { 'data-label': L('sheets.rank.col.awards') }, [...row.awards.map(pick), ...row.undecided.map(pick)].join('; ') || '—'),
    ));
  }
  table.append(body);
  out.push(table);
  if (r.quotas.length > 0) {
    const list = el(document, 'ul', { class: 'cds-list' });
    for (const q of r.quotas) {
      list.append(el(document, 'li', {}, `${pick(q.award)} — ${L('sheets.rank.col.quota')}: ${q.quota ?? L('sheets.rank.no-quota')}; ${L('sheets.rank.col.eligible-count')}: ${q.eligible}${q.recipients.length > 0 ? `; ${q.recipients.join(', ')}` : ''}`));
    }
    out.push(el(document, 'h3', {}, L('sheets.rank.quotas')), list);
  }
  for (const m of r.messages) out.push(el(document, 'p', { class: 'cds-meta' }, pick(m)));
  for (const s of r.skipped) out.push(el(document, 'p', { class: 'cds-meta' }, L('sheets.ui.skipped', { name: s.name, reason: pick(s.reason) })));
  if (r.issues.length > 0) {
    out.push(el(document, 'h3', {}, L('sheets.ui.issues-list')));
    out.push(issueList(r.issues));
  }
  return out;
}

function render(): void {
  const app = document.getElementById('app')!;
  const panel = el(document, 'main', {
    id: 'cds-panel',
    role: 'tabpanel',
    'aria-labelledby': `cds-tab-${state.tab}`,
    'aria-busy': String(state.busy),
  });
  const view = state.tab === 'template' ? templateView() : state.tab === 'issues' ? issuesView() : state.tab === 'score' ? scoreView() : rankingView();
  panel.append(...view);
  app.replaceChildren(header(), tabs(), status(), ...[errorBox()].filter((x): x is HTMLElement => x !== null), panel);
  app.setAttribute('lang', state.lang);
}

function start(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="cds-start"]');
  const view = (meta?.content ?? 'template') as SidebarView;
  state.tab = view === 'scorecard' ? 'score' : (TABS as string[]).includes(view) ? (view as Tab) : 'template';
  render();
  switch (view) {
    case 'issues':
      void actions.validate();
      break;
    case 'score':
      void actions.score();
      break;
    case 'scorecard':
      void actions.scorecard();
      break;
    case 'ranking':
      void actions.consolidate();
      break;
    default:
      void actions.choices();
  }
}

start();
