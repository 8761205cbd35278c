// Popup: the last figures seen for my unit, copy them as text, export them as CSV.
import '../../../ui/scorecard.css';
import './popup.css';
import { browser } from 'wxt/browser';
import { msg, t } from '../../../shared/messages/index.ts';
import { panelText, summaryCsv } from '../../../shared/portal/index.ts';
import { el } from '../../../ui/scorecard-dom.ts';
import { renderPortalPanel } from '../../../ui/portal-panel-dom.ts';
import { lastFiguresItem, settingsItem } from '../../utils/storage.ts';

const app = document.getElementById('app')!;

async function main() {
  const [last, settings] = await Promise.all([lastFiguresItem.getValue(), settingsItem.getValue()]);
  const lang = settings.lang;
  const L = (key: string) => t(msg(key), lang);
  document.documentElement.lang = lang;
  document.title = L('ext.panel.title');
  const options = el(document, 'button', { type: 'button', class: 'cds-button', 'data-variant': 'secondary', id: 'options' }, L('ext.popup.options'));
  options.addEventListener('click', () => void browser.runtime.openOptionsPage());

  if (!last || last.unitCode !== settings.unitCode) {
    app.replaceChildren(el(document, 'div', { class: 'cds-card' }, el(document, 'p', { role: 'status' }, L('ext.popup.none')), options));
    return;
  }
  const status = el(document, 'span', { role: 'status', id: 'popup-status' });
  const copy = el(document, 'button', { type: 'button', class: 'cds-button', id: 'copy' }, L('ext.popup.copy'));
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(panelText(last.view));
    status.textContent = L('ext.popup.copied');
  });
  const csv = el(document, 'button', { type: 'button', class: 'cds-button', id: 'csv' }, L('ext.popup.csv'));
  csv.addEventListener('click', () => {
    const blob = new Blob([summaryCsv(last.summary, lang)], { type: 'text/csv;charset=utf-8' });
    const a = el(document, 'a', { href: URL.createObjectURL(blob), download: `cds-766-${last.summary.unit.code ?? 'don-vi'}-${last.summary.period ?? 'ky'}.csv` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  app.replaceChildren(
    renderPortalPanel(document, last.view, { floating: false }),
    el(document, 'div', { class: 'cds-popup-actions' }, copy, csv, options, status),
  );
}

void main();
