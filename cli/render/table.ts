import Table from 'cli-table3';

/**
 * A cli-table3 table without colours (the text is read in terminals, logs and CI alike) and with
 * word-wrapped text columns so long Vietnamese labels stay readable in 100 columns.
 */
export function makeTable(head: string[], colWidths?: (number | null)[], colAligns?: ('left' | 'right' | 'center')[]): Table.Table {
  return new Table({
    head,
    style: { head: [], border: [], compact: false },
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(colWidths ? { colWidths } : {}),
    ...(colAligns ? { colAligns } : {}),
  });
}
