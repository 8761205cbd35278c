// @vitest-environment happy-dom
// The docked panel's page side: room made on the right, the remembered state, the report link.
import { describe, expect, it } from 'vitest';
import { DOCK_STYLE_ID, dockCss, dockPage, undockPage } from '../../extension/utils/page-dock.ts';
import { initialPanelState } from '../../extension/utils/panel-state.ts';
import { checkReportLink } from '../../extension/utils/report-link.ts';
import { readFileSync } from 'node:fs';

describe('making room for the docked panel', () => {
  it('narrows the page by the panel’s width, one style element whatever the number of calls', () => {
    document.head.replaceChildren();
    dockPage(document, 'expanded');
    dockPage(document, 'expanded');
    expect(document.querySelectorAll(`#${DOCK_STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(DOCK_STYLE_ID)?.textContent).toBe(dockCss('expanded'));
    dockPage(document, 'collapsed');
    expect(document.getElementById(DOCK_STYLE_ID)?.textContent).toContain('margin-right: 156px');
    undockPage(document);
    expect(document.getElementById(DOCK_STYLE_ID)).toBeNull();
  });

  it('uses the same widths as the panel’s own CSS', () => {
    const css = readFileSync('ui/scorecard.css', 'utf8');
    const panel = /\.cds-panel \{[^}]*\n\s*width: ([^;]+);/.exec(css)?.[1];
    const chip = /\.cds-panel\[data-collapsed='true'\] \{[^}]*\n\s*width: ([^;]+);/.exec(css)?.[1];
    expect(dockCss('expanded')).toContain(`margin-right: ${panel} !important`);
    expect(dockCss('collapsed')).toContain(`margin-right: ${chip} !important`);
  });
});

describe('the panel’s remembered state', () => {
  it('opens the first time, then starts as the chip unless the officer left it open', () => {
    expect(initialPanelState(null)).toEqual({ collapsed: false, store: 'collapsed' });
    expect(initialPanelState('collapsed')).toEqual({ collapsed: true, store: 'collapsed' });
    expect(initialPanelState('expanded')).toEqual({ collapsed: false, store: 'expanded' });
  });
});

describe('the report link', () => {
  it('keeps https links only', () => {
    expect(checkReportLink('  https://docs.google.com/spreadsheets/d/abc/edit ')).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(checkReportLink('')).toBe('');
    expect(checkReportLink('http://example.org')).toBeNull();
    expect(checkReportLink('javascript:alert(1)')).toBeNull();
    expect(checkReportLink('bảng báo cáo')).toBeNull();
  });
});
