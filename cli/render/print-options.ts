import type { Command } from 'commander';
import type { PrintFields } from '../../shared/print/index.ts';

/** The header and output options of the printouts (`--html`, `--docx`), shared by `score` and `rank`. */
export interface PrintCliOptions {
  docx?: string;
  number?: string;
  place?: string;
  authority?: string;
  issuer?: string;
}

export function addPrintOptions(cmd: Command): Command {
  return cmd
    .option('--docx <file>', 'ghi văn bản Word (.docx) cùng nội dung bản in / write the printout as a Word document')
    .option('--number <số>', 'số, ký hiệu văn bản, ví dụ 12/BC-UBND (mặc định để trống) / document number (blank by default)')
    .option('--place <địa danh>', 'địa danh trên dòng ngày tháng / place on the date line')
    .option('--authority <tên>', 'cơ quan chủ quản, ví dụ "UBND huyện Ninh Hải" / governing body')
    .option('--issuer <tên>', 'cơ quan ban hành, ví dụ "Phòng Văn hóa - Thông tin" / issuing body');
}

export function printFields(opts: PrintCliOptions): PrintFields {
  return {
    ...(opts.number !== undefined ? { number: opts.number } : {}),
    ...(opts.place !== undefined ? { place: opts.place } : {}),
    ...(opts.authority !== undefined ? { authority: opts.authority } : {}),
    ...(opts.issuer !== undefined ? { issuer: opts.issuer } : {}),
  };
}
