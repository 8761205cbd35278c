// After an update the old panel is gone: say so in the page (text only), instead of failing silently.
import { msg, t, type Lang } from '../../shared/messages/index.ts';

export function showReloadNotice(doc: Document, lang: Lang): void {
  if (!doc.body || doc.querySelector('[data-cds-invalidated]')) return;
  const note = doc.createElement('div');
  note.setAttribute('data-cds-invalidated', '');
  note.setAttribute('role', 'status');
  note.textContent = t(msg('ext.panel.invalidated'), lang);
  Object.assign(note.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', background: '#fff8c5', color: '#1b1f24',
    border: '1px solid #9a6700', borderRadius: '6px', padding: '8px 12px', font: '14px/1.4 system-ui, sans-serif',
  });
  doc.body.append(note);
}
