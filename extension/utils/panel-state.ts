// The panel's remembered state. The first time the panel appears it opens, so the officer sees what
// it is; from then on it starts as the compact chip unless the officer left it open.
import { storage } from 'wxt/utils/storage';

export type PanelState = 'expanded' | 'collapsed';

/** null: the panel has never been shown in this browser. */
export const panelStateItem = storage.defineItem<PanelState | null>('local:panelState', { fallback: null, version: 1 });

/** Whether the panel starts collapsed, and what to store for the next page load. */
export function initialPanelState(stored: PanelState | null): { collapsed: boolean; store: PanelState } {
  if (stored === null) return { collapsed: false, store: 'collapsed' };
  return { collapsed: stored === 'collapsed', store: stored };
}
