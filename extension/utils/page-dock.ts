// Makes room for the docked panel: the portal's page is narrowed by the panel's width (a style
// element in the page's <head>, text only), so the panel never covers the page's own table. The
// widths match ui/scorecard.css (.cds-panel); under 700 px the panel overlays instead.
export const DOCK_STYLE_ID = 'cds-dock-style';
export const DOCK_WIDTH = { expanded: 'clamp(300px, 30vw, 400px)', collapsed: '156px' } as const;

export type DockState = keyof typeof DOCK_WIDTH;

/** The page CSS for a state: only a right margin on the root element, only on wide screens. */
export function dockCss(state: DockState): string {
  return `@media (min-width: 700px) { html { margin-right: ${DOCK_WIDTH[state]} !important; } }`;
}

export function dockPage(doc: Document, state: DockState): void {
  let style = doc.getElementById(DOCK_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = DOCK_STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  const css = dockCss(state);
  if (style.textContent !== css) style.textContent = css;
}

export function undockPage(doc: Document): void {
  doc.getElementById(DOCK_STYLE_ID)?.remove();
}
