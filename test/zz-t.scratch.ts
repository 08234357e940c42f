import { locateTables, readJobTables, resolveConfig, runJob, type SheetGrid } from '@crm/shared';
import { LEDGERS } from './fixtures/workbooks/ledgers.ts';
const ledger = LEDGERS.find((l) => l.name.includes('personal-training'))!;
const sheets: SheetGrid[] = ledger.sheets.map((s) => ({ name: s.name, rows: s.rows }));
const config = resolveConfig({ language: 'en' });
const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
const out = runJob('clean', { tables: readJobTables(sheets, location), config, today: '2026-12-01', dateObjects: 'utc' });
console.log(out.analysis.issues.filter((i) => i.table === 'orders'));
console.log(out.analysis.notes);
