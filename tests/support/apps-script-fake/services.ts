// The Apps Script services around the fake spreadsheet: SpreadsheetApp, its Ui, LockService and
// HtmlService, bundled as the globals a script sees.
import type {
  HtmlOutputLike,
  HtmlServiceLike,
  LockLike,
  LockServiceLike,
  MenuLike,
  SpreadsheetAppLike,
  UiLike,
} from '../../../apps-script/src/gas.ts';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeSpreadsheet, type FakeEditEvent } from './spreadsheet.ts';

export class FakeMenu implements MenuLike {
  items: ({ caption: string; functionName: string } | 'separator')[] = [];
  added = false;
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.added = true;
  }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  readonly content: string;
  constructor(content: string) {
    this.content = content;
  }
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
}

export class FakeUi implements UiLike {
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  alerts: string[] = [];
  createAddonMenu(): FakeMenu {
    const m = new FakeMenu();
    this.menus.push(m);
    return m;
  }
  showSidebar(userInterface: HtmlOutputLike): void {
    this.sidebars.push(userInterface as FakeHtmlOutput);
  }
  dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this.dialogs.push({ output: userInterface as FakeHtmlOutput, title });
  }
  alert(prompt: string): string {
    this.alerts.push(prompt);
    return 'OK';
  }
}

/** One document lock per spreadsheet; an execution id says who is pressing the button. */
class FakeLock implements LockLike {
  private readonly book: FakeSpreadsheet;
  constructor(book: FakeSpreadsheet) {
    this.book = book;
  }
  tryLock(): boolean {
    if (this.book.lockHolder !== null && this.book.lockHolder !== this.book.execution) return false;
    this.book.lockHolder = this.book.execution;
    return true;
  }
  releaseLock(): void {
    if (this.book.lockHolder === this.book.execution) this.book.lockHolder = null;
  }
}

export interface FakeGas {
  book: FakeSpreadsheet;
  ui: FakeUi;
  SpreadsheetApp: SpreadsheetAppLike;
  LockService: LockServiceLike;
  HtmlService: HtmlServiceLike;
  /** Installs the services as globals (for importing the TypeScript modules directly). */
  install(): () => void;
}

/**
 * Other spreadsheets the district edition may open by link: a workbook, or 'forbidden' when it is
 * not shared with the user — Apps Script then throws "You do not have permission to access the
 * requested document." (its message for SpreadsheetApp.openById/openByUrl on an unshared file).
 */
export type RemoteBooks = Record<string, FakeSpreadsheet | 'forbidden'>;

export function fakeGas(book: FakeSpreadsheet, files: Record<string, string> = {}, remotes: RemoteBooks = {}): FakeGas {
  const ui = new FakeUi();
  const SpreadsheetApp: SpreadsheetAppLike = {
    getActiveSpreadsheet: () => {
      book.touch();
      return book;
    },
    getUi: () => ui,
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(),
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    openByUrl: (url: string) => {
      book.touch();
      const remote = remotes[url];
      if (remote === 'forbidden') throw new Error('You do not have permission to access the requested document.');
      if (remote === undefined) throw new Error('Invalid argument: url');
      return remote;
    },
  };
  const LockService: LockServiceLike = { getDocumentLock: () => new FakeLock(book) };
  const HtmlService: HtmlServiceLike = {
    createHtmlOutputFromFile: (name) => {
      const content = files[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(content);
    },
    createHtmlOutput: (html) => new FakeHtmlOutput(html),
  };
  const gas = { book, ui, SpreadsheetApp, LockService, HtmlService } as FakeGas;
  gas.install = () => {
    const g = globalThis as Record<string, unknown>;
    const before = { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService, HtmlService: g.HtmlService };
    Object.assign(g, { SpreadsheetApp, LockService, HtmlService });
    return () => Object.assign(g, before);
  };
  return gas;
}

/**
 * Fast typing or a paste burst: several edits in a row while the simple onEdit trigger is still
 * running. Apps Script runs the trigger for the first event and keeps one more waiting; the
 * events after that are dropped, so no run sees them as its own event (the platform behaviour
 * reported in issue 14 §5; the triggers guide documents no queue at all, so the add-on must not
 * depend on seeing every event). The first run happens right after the first edit; the waiting
 * run happens after the whole burst has landed.
 */
export function editBurst(edits: (() => FakeEditEvent)[], onEdit: (e: FakeEditEvent) => void): { ran: number; dropped: number } {
  if (edits.length === 0) return { ran: 0, dropped: 0 };
  onEdit(edits[0]!());
  const later = edits.slice(1).map((edit) => edit());
  if (later.length > 0) onEdit(later[0]!);
  return { ran: Math.min(2, edits.length), dropped: Math.max(0, later.length - 1) };
}
