// The district edition's entry (issue 11 §3): every entry of the commune edition, plus collecting
// the communes' spreadsheets listed in the `Đơn vị` tab. Built by apps-script/build.ts into
// apps-script/district/dist with district/appsscript.json — the commune scopes plus read-only
// spreadsheets, nothing else.
import { msg, t } from './messages/index.ts';
import { nowInVietnam } from './clock.ts';
import { collect } from './collect.ts';
import type { Answer, CollectDto } from './dto.ts';
import { spreadsheetApp } from './gas.ts';
import { MENU_ITEMS } from './menu.ts';
import { answer } from './problem.ts';

export * from './index.ts';

/** The commune menu with "Thu thập báo cáo các xã" first. Safe in AuthMode.NONE: menu only. */
export function onOpen(_e?: unknown): void {
  const menu = spreadsheetApp().getUi().createAddonMenu();
  menu.addItem(t(msg('sheets.menu.collect'), 'vi'), 'menuCollect');
  menu.addSeparator();
  MENU_ITEMS.forEach(({ key, fn }, i) => {
    if (i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(t(msg(key), 'vi'), fn);
  });
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuCollect(): void {
  const done = sidebarCollect();
  const text = done.ok ? done.value.text : done.problem;
  spreadsheetApp().getActiveSpreadsheet().toast(text.vi, "CĐS", 10);
}

/** Opens each linked commune spreadsheet (read-only), copies its report, records the status. */
export function sidebarCollect(): Answer<CollectDto> {
  return answer(() => collect(spreadsheetApp().getActiveSpreadsheet(), nowInVietnam()));
}
