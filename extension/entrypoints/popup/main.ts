// Popup: the last figures seen for my unit, copy them as text, export them as CSV. The actions come
// first, so they are on the first screen of the popup whatever the length of the figures below.
import '../../../ui/scorecard.css';
import './popup.css';
import { browser } from 'wxt/browser';
import { msg, t } from '../../messages/index.ts';
import { csvNames, panelText, summaryCsv } from '../../../shared/portal/index.ts';
import { el } from '../../../ui/scorecard-dom.ts';
import { renderPortalPanel } from '../../../ui/portal-panel-dom.ts';
import { activePlanItem, lastFiguresItem, settingsItem } from '../../utils/storage.ts';

const app = document.getElementById('app')!;

async function main() {
  const [last, settings, active] = await Promise.all([lastFiguresItem.getValue(), settingsItem.getValue(), activePlanItem.getValue()]);
  const lang = settings.lang;
  const L = (key: string) => t(msg(key), lang);
  document.documentElement.lang = lang;
  document.title = L('ext.panel.title');
  const options = el(document, 'button', { type: 'button', class: 'cds-button', 'data-variant': 'secondary', id: 'options' }, L('ext.popup.options'));
  options.addEventListener('click', () => void browser.runtime.openOptionsPage());

  if (!last || last.unitCode !== settings.unitCode) {
    app.replaceChildren(el(document, 'p', { role: 'status' }, L('ext.popup.none')), el(document, 'div', { class: 'cds-popup-actions' }, options));
    return;
  }
  const status = el(document, 'span', { role: 'status', id: 'popup-status', class: 'cds-meta' });
  const copy = el(document, 'button', { type: 'button', class: 'cds-button', id: 'copy' }, L('ext.popup.copy'));
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(panelText(last.view));
    status.textContent = L('ext.popup.copied');
  });
  const csv = el(document, 'button', { type: 'button', class: 'cds-button', id: 'csv' }, L('ext.popup.csv'));
  csv.addEventListener('click', () => {
    // Names (targets, metrics) from the plan the figures were read with, in the chosen language.
    // Without that plan (changed since), the labels the panel showed: never a bare target code.
    const plan = active && active.planId === last.planId ? active.plan : null;
    const names = csvNames(plan, active?.indicators ?? [], lang);
    for (const i of last.view.targets) names.targets[i.targetId] ??= { label: i.label, targetText: i.targetText };
    const text = summaryCsv(last.summary, lang, names);
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    const a = el(document, 'a', { href: URL.createObjectURL(blob), download: `cds-766-${last.summary.unit.code ?? 'don-vi'}-${last.summary.period ?? 'ky'}.csv` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  const head = el(document, 'header', { class: 'cds-popup-head' },
    el(document, 'h1', {}, L('ext.panel.title')),
    last.view.unitText ? el(document, 'p', { class: 'cds-meta' }, last.view.unitText) : null,
    el(document, 'div', { class: 'cds-popup-actions' }, copy, csv, options),
    status,
  );
  app.replaceChildren(head, renderPortalPanel(document, last.view, { floating: false }));
}

void main();
