// The bundled indicator catalogue, one file per area. Adding a file = one import line and one entry below.
import qd766 from './qd766.json' with { type: 'json' };
import chinhQuyenSo from './chinh-quyen-so.json' with { type: 'json' };
import kinhTeSo from './kinh-te-so.json' with { type: 'json' };
import xaHoiSo from './xa-hoi-so.json' with { type: 'json' };
import anToanThongTin from './an-toan-thong-tin.json' with { type: 'json' };
import nenTang from './nen-tang.json' with { type: 'json' };

/** Raw catalogue files with their names, so a broken file can be named when the catalogue loads. */
export const bundledIndicatorFiles: ReadonlyArray<{ file: string; json: unknown }> = [
  { file: 'shared/data/indicators/qd766.json', json: qd766 },
  { file: 'shared/data/indicators/chinh-quyen-so.json', json: chinhQuyenSo },
  { file: 'shared/data/indicators/kinh-te-so.json', json: kinhTeSo },
  { file: 'shared/data/indicators/xa-hoi-so.json', json: xaHoiSo },
  { file: 'shared/data/indicators/an-toan-thong-tin.json', json: anToanThongTin },
  { file: 'shared/data/indicators/nen-tang.json', json: nenTang },
];
