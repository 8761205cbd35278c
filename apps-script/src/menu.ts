// The add-on menu (Extensions → the add-on). Safe in AuthMode.NONE: it only builds the menu.
import { t, msg } from './messages/index.ts';
import { spreadsheetApp } from './gas.ts';

/** Caption key → the global function it runs (each is a top-level function of the bundle). */
export const MENU_ITEMS: readonly { key: string; fn: string }[] = [
  { key: 'sheets.menu.template', fn: 'menuTemplate' },
  { key: 'sheets.menu.validate', fn: 'menuValidate' },
  { key: 'sheets.menu.score', fn: 'menuScore' },
  { key: 'sheets.menu.open-scorecard', fn: 'menuOpenScorecard' },
  { key: 'sheets.menu.consolidate', fn: 'menuConsolidate' },
  { key: 'print.addon.title', fn: 'menuPrintScorecard' },
  { key: 'sheets.menu.clear-marks', fn: 'menuClearMarks' },
];

export function buildMenu(): void {
  const menu = spreadsheetApp().getUi().createAddonMenu();
  MENU_ITEMS.forEach(({ key, fn }, i) => {
    // The last entry removes marks: set apart from the ones that compute.
    if (i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(t(msg(key), 'vi'), fn);
  });
  menu.addToUi();
}
