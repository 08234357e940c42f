import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

// A grid read from an .xlsx is kept for the whole run. Its texts are cut out of saxes's pieces of
// the sheet's XML; kept as views into those pieces they would keep the whole XML text alive: at
// 300,000 customers 574 MB of heap where the grid needs 133 MB, and a million did not fit in
// 4 GB. The heap is measured in a Node of its own, as the CLI runs, after full collections.
it('keeps a sheet read from .xlsx in a heap of its cells, not of its XML text', async () => {
  const reader = new URL('../cli/src/files/xlsx/readXlsxSheets.ts', import.meta.url).href;
  const script = `
    const { default: ExcelJS } = await import('exceljs');
    const { readXlsxSheets } = await import(${JSON.stringify(reader)});
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crm-xlsx-heap-'));
    const path = join(dir, 'customers.xlsx');
    const n = 20_000;
    // As a streaming writer (and many exports) writes it: every text in its cell (t="str").
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['编号', '备注', ...Array.from({ length: 10 }, (_, k) => '数' + k)]).commit();
    for (let i = 0; i < n; i++)
      sheet.addRow(['C' + i, '客户' + i + '号：上次来电说要再考虑一下', ...Array.from({ length: 10 }, (_, k) => i + k)]).commit();
    sheet.commit();
    await workbook.commit();
    const bytes = readFileSync(path);
    rmSync(dir, { recursive: true, force: true });
    const settle = async () => {
      for (let k = 0; k < 3; k++) {
        globalThis.gc();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await settle();
    const before = process.memoryUsage();
    const read = await readXlsxSheets(bytes);
    await settle();
    const after = process.memoryUsage();
    const grown = after.heapUsed + after.external - before.heapUsed - before.external;
    const rows = read.sheets[0].rows;
    console.log(JSON.stringify({ perRow: grown / n, rows: rows.length, last: rows[n] }));
  `;
  const cwd = fileURLToPath(new URL('.', import.meta.url));
  const args = ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await run(process.execPath, args, { cwd, maxBuffer: 1 << 20 });
  const { perRow, rows, last } = JSON.parse(stdout) as { perRow: number; rows: number; last: unknown[] };
  expect(rows).toBe(20_001);
  expect(last).toEqual([
    'C19999',
    '客户19999号：上次来电说要再考虑一下',
    ...Array.from({ length: 10 }, (_, k) => 19_999 + k),
  ]);
  expect(perRow).toBeLessThan(400);
}, 60_000);
