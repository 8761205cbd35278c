// The bundled plans. Adding a plan = adding its JSON file here + one import line and one entry below.
// Static imports only (no fs): the same list works in the browser, in Apps Script and in Node.
import vanPhuc from './van-phuc-2023-2025.json' with { type: 'json' };
import hungDao from './hung-dao-2023.json' with { type: 'json' };
import catNe from './cat-ne-2024.json' with { type: 'json' };
import ninhHai from './ninh-hai-2023.json' with { type: 'json' };
import haiAn from './hai-an-2025-2030.json' with { type: 'json' };
import qd766National from './qd766-national.json' with { type: 'json' };

/** Raw plan files with their names, so a broken file can be named when the catalogue loads. */
export const bundledPlanFiles: ReadonlyArray<{ file: string; json: unknown }> = [
  { file: 'shared/data/plans/van-phuc-2023-2025.json', json: vanPhuc },
  { file: 'shared/data/plans/hung-dao-2023.json', json: hungDao },
  { file: 'shared/data/plans/cat-ne-2024.json', json: catNe },
  { file: 'shared/data/plans/ninh-hai-2023.json', json: ninhHai },
  { file: 'shared/data/plans/hai-an-2025-2030.json', json: haiAn },
  { file: 'shared/data/plans/qd766-national.json', json: qd766National },
];
