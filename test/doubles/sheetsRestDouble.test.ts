// The REST double is only useful if the real Google client accepts it: these tests drive it
// through @googleapis/sheets (the googleapis Sheets v4 client) with a local rootUrl.

import { Agent, request } from 'node:http';
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { columnToIndex, indexToColumn, parseA1 } from './a1.ts';
import { SheetsRestDouble } from './sheetsRestDouble.ts';

const double = new SheetsRestDouble();
let api: sheets_v4.Sheets;

function client(token = 'test-token') {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: token, expiry_date: Date.now() + 3_600_000 });
  return sheets({ version: 'v4', auth, rootUrl: `${double.url}/`, retry: false });
}

beforeAll(async () => {
  await double.start();
  api = client();
});
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('book1', [
    {
      title: '客户',
      values: [
        ['客户编号', '姓名', '消费金额'],
        ['C001', '刘洋', 1234.5],
        ['C002', 'Alice Chen', 88],
      ],
    },
  ]);
});

describe('A1 notation', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['AZ', 51],
    ['ZZ', 701],
    ['AAA', 702],
  ])('column %s is index %i and back', (letters, index) => {
    expect(columnToIndex(letters)).toBe(index);
    expect(indexToColumn(index)).toBe(letters);
  });

  it.each([
    ['Sheet1!A1:D10', { sheetTitle: 'Sheet1', startRow: 0, endRow: 10, startColumn: 0, endColumn: 4 }],
    [
      "'My sheet'!B:C",
      { sheetTitle: 'My sheet', startRow: null, endRow: null, startColumn: 1, endColumn: 3 },
    ],
    ['客户', { sheetTitle: '客户', startRow: null, endRow: null, startColumn: null, endColumn: null }],
    ['A2:B3', { sheetTitle: null, startRow: 1, endRow: 3, startColumn: 0, endColumn: 2 }],
    ['Sheet1!2:5', { sheetTitle: 'Sheet1', startRow: 1, endRow: 5, startColumn: null, endColumn: null }],
  ])('parses %s', (text, expected) => {
    expect(parseA1(text)).toEqual(expected);
  });
});

describe('Sheets v4 REST double, through the googleapis client', () => {
  it('returns formatted values with trailing empties trimmed, like values.get', async () => {
    const res = await api.spreadsheets.values.get({ spreadsheetId: 'book1', range: '客户' });
    expect(res.data).toEqual({
      range: '客户!A1:Z1000',
      majorDimension: 'ROWS',
      values: [
        ['客户编号', '姓名', '消费金额'],
        ['C001', '刘洋', '1234.5'],
        ['C002', 'Alice Chen', '88'],
      ],
    });
  });

  it('returns numbers as numbers with UNFORMATTED_VALUE and omits values for an empty range', async () => {
    const res = await api.spreadsheets.values.get({
      spreadsheetId: 'book1',
      range: '客户!C2:C3',
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(res.data.values).toEqual([[1234.5], [88]]);
    const empty = await api.spreadsheets.values.get({ spreadsheetId: 'book1', range: '客户!F10:G12' });
    expect(empty.data).toEqual({ range: '客户!F10:G12', majorDimension: 'ROWS' });
  });

  it('appends after the last row of the table and reports the updated range', async () => {
    const res = await api.spreadsheets.values.append({
      spreadsheetId: 'book1',
      range: '客户!A1',
      valueInputOption: 'RAW',
      insertDataOption: 'INSERT_ROWS',
      requestBody: { values: [['C003', '王芳', '=1+1']] },
    });
    expect(res.data.updates).toMatchObject({ updatedRange: '客户!A4:C4', updatedRows: 1, updatedCells: 3 });
    expect(res.data.tableRange).toBe('客户!A1:C3');
    expect(double.values('book1', '客户')[3]).toEqual(['C003', '王芳', '=1+1']);
  });

  // values.append "searches for existing data and finds a table within the range"; the values go
  // "to the next row of the table". A ledger kept the WPS/Excel way has a title (merged across
  // the columns) and an export note above its header, set apart by a blank row: from row 1 the
  // table found is the title block, and INSERT_ROWS puts the new rows between it and the header.
  describe('finds the table of a titled ledger as values.append does', () => {
    const title = ['2025年华东区客户台账'];
    const note = ['导出时间：2025-06-30'];
    const c003 = ['C003', '王芳', '13712345678', 'wang.fang@example.cn'];
    const ledger: string[][] = [
      title,
      note,
      [],
      ['客户编号', '姓名', '手机', '邮箱'],
      ['C001', '刘洋', '13912345678', 'liu.yang@example.cn'],
      ['C002', '陈静', '13812345678', 'chen.jing@example.cn'],
    ];
    it.each([
      {
        range: '台账!A:D',
        tableRange: '台账!A1:A2',
        updatedRange: '台账!A3:D3',
        // The header and the customers moved down one row to make room.
        after: [title, note, c003, [], ...ledger.slice(3)],
      },
      {
        range: '台账!A4:D',
        tableRange: '台账!A4:D6',
        updatedRange: '台账!A7:D7',
        after: [...ledger, c003],
      },
    ])('appending to $range goes below $tableRange', async ({ range, tableRange, updatedRange, after }) => {
      double.addSpreadsheet('ledger', [{ title: '台账', values: ledger, merges: ['A1:D1'] }]);
      const res = await api.spreadsheets.values.append({
        spreadsheetId: 'ledger',
        range,
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [c003] },
      });
      expect(res.data.tableRange).toBe(tableRange);
      expect(res.data.updates?.updatedRange).toBe(updatedRange);
      expect(double.values('ledger', '台账')).toEqual(after);
    });

    it('takes a title row merged over the header’s columns as part of a table without a blank row', async () => {
      double.addSpreadsheet('ledger', [
        { title: '台账', values: [title, ...ledger.slice(3)], merges: ['A1:D1'] },
      ]);
      const res = await api.spreadsheets.values.append({
        spreadsheetId: 'ledger',
        range: '台账!A:D',
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [['C003', '王芳']] },
      });
      expect(res.data.tableRange).toBe('台账!A1:D4');
      expect(res.data.updates?.updatedRange).toBe('台账!A5:B5');
    });
  });

  // "Values will be appended to the next row of the table, starting with the first column of the
  // table": a column on the table's left that is empty in all its rows is not part of it.
  describe('starts the appended values at the table’s first column', () => {
    it.each([
      {
        name: 'a column A inserted and left empty',
        rows: [
          ['', '客户编号', '姓名'],
          ['', 'C001', '刘洋'],
        ],
        tableRange: '台账!B1:C2',
        updatedRange: '台账!B3:D3',
        // One column to the right of where the values were meant to go: the id under 姓名.
        written: ['', '', 'C003', '王芳'],
      },
      {
        name: 'the last customer without a value in column A, appended from that row',
        rows: [
          ['客户编号', '姓名'],
          ['C001', '刘洋'],
          ['', '陈静'],
        ],
        range: '台账!A3:C',
        tableRange: '台账!B3:B3',
        updatedRange: '台账!B4:D4',
        written: ['', '', 'C003', '王芳'],
      },
      {
        name: 'column A filled in any row of the table',
        rows: [
          ['客户编号', '姓名'],
          ['', '刘洋'],
        ],
        tableRange: '台账!A1:B2',
        updatedRange: '台账!A3:C3',
        written: ['', 'C003', '王芳'],
      },
    ])('$name', async ({ rows, range, tableRange, updatedRange, written }) => {
      double.addSpreadsheet('shifted', [{ title: '台账', values: rows }]);
      const res = await api.spreadsheets.values.append({
        spreadsheetId: 'shifted',
        range: range ?? '台账!A1:C',
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [['', 'C003', '王芳']] },
      });
      expect(res.data.tableRange).toBe(tableRange);
      expect(res.data.updates?.updatedRange).toBe(updatedRange);
      expect(double.values('shifted', '台账')[rows.length]).toEqual(written);
    });
  });

  it('parses USER_ENTERED numbers and ISO dates into serial numbers', async () => {
    await api.spreadsheets.values.update({
      spreadsheetId: 'book1',
      range: '客户!D1:E2',
      valueInputOption: 'USER_ENTERED',
      requestBody: {
        values: [
          ['生日', 'n'],
          ['2024-03-05', '42'],
        ],
      },
    });
    const res = await api.spreadsheets.values.get({
      spreadsheetId: 'book1',
      range: '客户!D2:E2',
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(res.data.values).toEqual([[45356, 42]]);
    const formatted = await api.spreadsheets.values.get({ spreadsheetId: 'book1', range: '客户!D2' });
    expect(formatted.data.values).toEqual([['2024-03-05']]);
  });

  it('refuses to write past the grid, as the API does', async () => {
    await expect(
      api.spreadsheets.values.update({
        spreadsheetId: 'book1',
        range: '客户!AA1',
        valueInputOption: 'RAW',
        requestBody: { values: [['x']] },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('exceeds grid limits') });
  });

  it('refuses a read that starts past the grid, and stops one that runs past it at the edge', async () => {
    double.addSpreadsheet('trimmed', [
      { title: '台账', values: [['客户编号', '姓名']], rows: 1, columns: 2 },
    ]);
    const get = (range: string) => api.spreadsheets.values.get({ spreadsheetId: 'trimmed', range });
    for (const range of ['台账!A2:A', '台账!C1:C', '台账!2:30']) {
      await expect(get(range)).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining('exceeds grid limits. Max rows: 1, max columns: 2'),
      });
    }
    for (const range of ['台账!1:30', '台账!A1:ZZZ', '台账!B1:B5000000']) {
      expect((await get(range)).data.values?.[0]?.at(-1)).toBe('姓名');
    }
  });

  it.each([
    { range: '客户!A5:B5', values: [['C9', '周强', '13912345678']], past: 'column [C]' },
    { range: '客户!A5:C5', values: [['C9'], ['C10']], past: 'row [6]' },
  ])('refuses values that run past $range, naming the $past', async ({ range, values, past }) => {
    const write = api.spreadsheets.values.update({
      spreadsheetId: 'book1',
      range,
      valueInputOption: 'RAW',
      requestBody: { values },
    });
    await expect(write).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(`but tried writing to ${past}`),
    });
  });

  it('answers 401 without a valid token and 404 for an unknown spreadsheet', async () => {
    await expect(client('wrong').spreadsheets.get({ spreadsheetId: 'book1' })).rejects.toMatchObject({
      status: 401,
    });
    await expect(api.spreadsheets.get({ spreadsheetId: 'nope' })).rejects.toMatchObject({
      status: 404,
      message: 'Requested entity was not found.',
    });
  });

  it('fails the requested number of calls with 429 or 503 and then succeeds', async () => {
    double.failNext('append', 503, 2);
    const append = () =>
      api.spreadsheets.values.append({
        spreadsheetId: 'book1',
        range: '客户!A1',
        valueInputOption: 'RAW',
        requestBody: { values: [['C009']] },
      });
    await expect(append()).rejects.toMatchObject({ status: 503 });
    await expect(append()).rejects.toMatchObject({ status: 503 });
    await expect(append()).resolves.toMatchObject({ status: 200 });
    double.failNext('get', 429);
    await expect(
      api.spreadsheets.values.get({ spreadsheetId: 'book1', range: '客户' }),
    ).rejects.toMatchObject({
      status: 429,
      message: expect.stringContaining('Quota exceeded'),
    });
    expect(double.requests.map((r) => r.status)).toEqual([503, 503, 200, 429]);
  });

  it('sends Retry-After with a 429 when asked to', async () => {
    double.failNext('append', 429, 1, { retryAfterSeconds: 90 });
    const res = await fetch(
      `${double.url}/v4/spreadsheets/book1/values/${encodeURIComponent('客户!A1')}:append?valueInputOption=RAW`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ values: [['C009']] }),
      },
    );
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('90');
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('RESOURCE_EXHAUSTED');
  });

  it('carries out a write on a reused keep-alive connection, then resets it instead of answering', async () => {
    double.resetAfterWrite('append');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: unknown) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${double.url}${path}`,
          {
            method,
            agent,
            headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body === undefined ? undefined : JSON.stringify(body));
      });
    const append = `/v4/spreadsheets/book1/values/${encodeURIComponent('客户!A1')}:append?valueInputOption=RAW`;
    try {
      expect(await send('GET', `/v4/spreadsheets/book1/values/${encodeURIComponent('客户!A1:A')}`)).toBe(200);
      await expect(send('POST', append, { values: [['C009']] })).rejects.toMatchObject({
        code: 'ECONNRESET',
      });
    } finally {
      agent.destroy();
    }
    // The row was written although no answer came: a client that resends would write it twice.
    expect(double.values('book1', '客户').map((r) => r[0])).toEqual(['客户编号', 'C001', 'C002', 'C009']);
    expect(double.requests.map((r) => [r.operation, r.status])).toEqual([
      ['get', 200],
      ['append', 0],
    ]);
  });

  it('carries out a held write and never answers it', async () => {
    double.holdAfterWrite('append');
    const controller = new AbortController();
    const answer = fetch(
      `${double.url}/v4/spreadsheets/book1/values/${encodeURIComponent('客户!A1')}:append?valueInputOption=RAW`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ values: [['C009']] }),
        signal: controller.signal,
      },
    ).then(
      () => 'answered',
      () => 'aborted',
    );
    await expect.poll(() => double.requests.length).toBe(1);
    expect(double.values('book1', '客户').map((r) => r[0])).toContain('C009');
    await new Promise((r) => setTimeout(r, 200));
    controller.abort();
    expect(await answer).toBe('aborted');
    expect(double.requests[0]?.status).toBe(0);
  });

  it('answers a write on a fresh connection as usual, keeping the reset for a reused one', async () => {
    double.resetAfterWrite('append');
    const path = `/v4/spreadsheets/book1/values/${encodeURIComponent('客户!A1')}:append?valueInputOption=RAW`;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${double.url}${path}`,
        {
          method: 'POST',
          agent: false,
          headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ values: [['C009']] }));
    });
    expect(status).toBe(200);
  });

  it('adds sheets through batchUpdate, rejects duplicate names and lists them in spreadsheets.get', async () => {
    const res = await api.spreadsheets.batchUpdate({
      spreadsheetId: 'book1',
      requestBody: { requests: [{ addSheet: { properties: { title: 'Report' } } }] },
    });
    expect(res.data.replies?.[0]?.addSheet?.properties).toMatchObject({ title: 'Report', index: 1 });
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: { requests: [{ addSheet: { properties: { title: 'Report' } } }] },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already exists') });
    const book = await api.spreadsheets.get({ spreadsheetId: 'book1' });
    expect(book.data.sheets?.map((s) => s.properties?.title)).toEqual(['客户', 'Report']);
    expect(book.data.properties).toMatchObject({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
  });

  it('keeps sheet names unique regardless of letter case, in addSheet and in a rename, while ranges name a sheet exactly', async () => {
    await api.spreadsheets.batchUpdate({
      spreadsheetId: 'book1',
      requestBody: { requests: [{ addSheet: { properties: { title: 'follow-ups' } } }] },
    });
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: { requests: [{ addSheet: { properties: { title: 'Follow-ups' } } }] },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('"Follow-ups" already exists') });
    const sheetId = double.spreadsheets.get('book1')?.sheets[0]?.sheetId ?? -1;
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: {
          requests: [
            { updateSheetProperties: { properties: { sheetId, title: 'FOLLOW-UPS' }, fields: 'title' } },
          ],
        },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already exists') });
    // A sheet may take its own name in other case.
    const own = double.spreadsheets.get('book1')?.sheets[1]?.sheetId ?? -1;
    await api.spreadsheets.batchUpdate({
      spreadsheetId: 'book1',
      requestBody: {
        requests: [
          { updateSheetProperties: { properties: { sheetId: own, title: 'Follow-ups' }, fields: 'title' } },
        ],
      },
    });
    expect(double.spreadsheets.get('book1')?.sheets.map((s) => s.title)).toEqual(['客户', 'Follow-ups']);
  });

  it('reads several ranges at once with batchGet', async () => {
    const res = await api.spreadsheets.values.batchGet({
      spreadsheetId: 'book1',
      ranges: ['客户!A1:A2', '客户!B1:B2'],
    });
    expect(res.data.valueRanges?.map((v) => v.values)).toEqual([
      [['客户编号'], ['C001']],
      [['姓名'], ['刘洋']],
    ]);
  });
});

/** A ledger as people keep it: 客户编号 and 姓名 merged down one customer's order lines, a note, a mail link. */
function addLedger() {
  double.addSpreadsheet('ledger', [
    {
      title: '台账',
      values: [
        ['客户编号', '姓名', '邮箱', '金额'],
        ['C001', '王芳', '', 100],
        ['', '', '', 200],
        ['', '', '', 300],
        ['C002', 'Bob Lee', 'bob@example.com', 50],
      ],
      merges: ['A2:A4', 'B2:B4'],
      cells: {
        C2: { formula: '=HYPERLINK("mailto:wang.fang@example.com","发邮件")', value: '发邮件' },
        B5: { note: 'Bob 13812345678 weekdays only' },
      },
    },
    { title: '员工', values: [['姓名', '手机']], hidden: true },
  ]);
}

describe('merges, notes, formulas and field masks, as the Sheets API documents them', () => {
  beforeEach(addLedger);

  it('lists Sheet.merges in spreadsheets.get and reads only a merge’s top-left cell with values.get', async () => {
    const book = await api.spreadsheets.get({
      spreadsheetId: 'ledger',
      fields: 'sheets(properties(title,hidden),merges)',
    });
    expect(book.data).toEqual({
      sheets: [
        {
          properties: { title: '台账' },
          merges: [
            {
              sheetId: expect.any(Number),
              startRowIndex: 1,
              endRowIndex: 4,
              startColumnIndex: 0,
              endColumnIndex: 1,
            },
            {
              sheetId: expect.any(Number),
              startRowIndex: 1,
              endRowIndex: 4,
              startColumnIndex: 1,
              endColumnIndex: 2,
            },
          ],
        },
        // SheetProperties.hidden is present only when true; a sheet without merges has no `merges`.
        { properties: { title: '员工', hidden: true } },
      ],
    });
    const values = await api.spreadsheets.values.get({
      spreadsheetId: 'ledger',
      range: '台账!A2:D4',
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(values.data.values).toEqual([
      ['C001', '王芳', '发邮件', 100],
      ['', '', '', 200],
      ['', '', '', 300],
    ]);
  });

  it('keeps only the top-left value of cells merged through batchUpdate (MERGE_ALL, MERGE_COLUMNS)', async () => {
    const sheetId = double.spreadsheets.get('book1')?.sheets[0]?.sheetId ?? -1;
    await api.spreadsheets.batchUpdate({
      spreadsheetId: 'book1',
      requestBody: {
        requests: [
          {
            mergeCells: {
              range: { sheetId, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
              mergeType: 'MERGE_COLUMNS',
            },
          },
        ],
      },
    });
    expect(double.values('book1', '客户')).toEqual([
      ['客户编号', '姓名', '消费金额'],
      ['C001', '刘洋', 1234.5],
      ['', '', 88],
    ]);
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: {
          requests: [
            {
              mergeCells: {
                range: {
                  sheetId,
                  startRowIndex: 0,
                  endRowIndex: 2,
                  startColumnIndex: 0,
                  endColumnIndex: 1,
                },
                mergeType: 'MERGE_ALL',
              },
            },
          ],
        },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('overlap') });
  });

  it('skips null values on write and empties a cell for an empty string', async () => {
    await api.spreadsheets.values.update({
      spreadsheetId: 'book1',
      range: '客户!A2:C2',
      valueInputOption: 'RAW',
      // ValueRange.values: "Null values will be skipped."
      requestBody: { values: [[null, '', 99]] },
    });
    expect(double.values('book1', '客户')[1]).toEqual(['C001', '', 99]);
  });

  it('gives formulas with FORMULA, and formulas and notes as grid data under a field mask', async () => {
    const formulas = await api.spreadsheets.values.get({
      spreadsheetId: 'ledger',
      range: '台账!C2',
      valueRenderOption: 'FORMULA',
    });
    expect(formulas.data.values).toEqual([['=HYPERLINK("mailto:wang.fang@example.com","发邮件")']]);
    // Without a mask or includeGridData there is no grid data; a mask that names it includes it,
    // and includeGridData is ignored once a mask is set.
    const plain = await api.spreadsheets.get({ spreadsheetId: 'ledger' });
    expect(plain.data.sheets?.[0]?.data).toBeUndefined();
    const masked = await api.spreadsheets.get({
      spreadsheetId: 'ledger',
      ranges: ["'台账'"],
      includeGridData: false,
      fields: 'sheets(properties(title),data(rowData(values(note,userEnteredValue))))',
    });
    expect(masked.data.sheets).toHaveLength(1);
    const rows = masked.data.sheets?.[0]?.data?.[0]?.rowData ?? [];
    expect(rows[1]?.values?.[2]).toEqual({
      userEnteredValue: { formulaValue: '=HYPERLINK("mailto:wang.fang@example.com","发邮件")' },
    });
    expect(rows[4]?.values?.[1]).toEqual({
      userEnteredValue: { stringValue: 'Bob Lee' },
      note: 'Bob 13812345678 weekdays only',
    });
    // The hidden cells of a merge are empty CellData.
    expect(rows[2]?.values?.slice(0, 2)).toEqual([{}, {}]);
  });

  it('sets and clears a note with updateCells and fields "note", leaving the value', async () => {
    const sheetId = double.spreadsheets.get('ledger')?.sheets[0]?.sheetId ?? -1;
    await api.spreadsheets.batchUpdate({
      spreadsheetId: 'ledger',
      requestBody: {
        requests: [
          {
            updateCells: {
              start: { sheetId, rowIndex: 4, columnIndex: 1 },
              rows: [{ values: [{}] }],
              fields: 'note',
            },
          },
          {
            updateCells: {
              start: { sheetId, rowIndex: 4, columnIndex: 0 },
              rows: [{ values: [{ note: '老客户' }] }],
              fields: 'note',
            },
          },
        ],
      },
    });
    const book = await api.spreadsheets.get({
      spreadsheetId: 'ledger',
      ranges: ['台账!A5:B5'],
      fields: 'sheets.data.rowData.values.note',
    });
    expect(book.data.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.map((v) => v.note)).toEqual([
      '老客户',
      undefined,
    ]);
    expect(double.values('ledger', '台账')[4]).toEqual(['C002', 'Bob Lee', 'bob@example.com', 50]);
  });

  it('refuses a cell of more than 50,000 characters, in values and in updateCells, changing nothing', async () => {
    const long = 'x'.repeat(50_001);
    await expect(
      api.spreadsheets.values.update({
        spreadsheetId: 'book1',
        range: '客户!D1:D2',
        valueInputOption: 'RAW',
        requestBody: { values: [['备注'], [long]] },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('maximum of 50000 characters') });
    expect(double.values('book1', '客户')[0]).toEqual(['客户编号', '姓名', '消费金额']);
    const sheetId = double.spreadsheets.get('book1')?.sheets[0]?.sheetId ?? -1;
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: {
          requests: [
            {
              updateCells: {
                start: { sheetId, rowIndex: 1, columnIndex: 1 },
                rows: [{ values: [{ note: long }] }],
                fields: 'note',
              },
            },
          ],
        },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await api.spreadsheets.values.update({
      spreadsheetId: 'book1',
      range: '客户!D2',
      valueInputOption: 'RAW',
      requestBody: { values: [['x'.repeat(50_000)]] },
    });
    expect(String(double.values('book1', '客户')[1]?.[3]).length).toBe(50_000);
  });
});

describe('request bodies', () => {
  it('refuses a body over 10 MiB before reading it, as Google’s front end does, and takes one just under', async () => {
    // Ten rows of 26 long cells: a body just over the limit, then one just under it.
    const rows = (cellChars: number) =>
      Array.from({ length: 10 }, () => Array.from({ length: 26 }, () => 'x'.repeat(cellChars)));
    await expect(
      api.spreadsheets.values.update({
        spreadsheetId: 'book1',
        range: '客户!A1:Z10',
        valueInputOption: 'RAW',
        requestBody: { values: rows(40_400) },
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'Request payload size exceeds the limit: 10485760 bytes.',
    });
    expect(double.values('book1', '客户')[1]).toEqual(['C001', '刘洋', 1234.5]);
    const over = double.requests.at(-1);
    expect(over?.bytes).toBeGreaterThan(10 * 1024 * 1024);
    await api.spreadsheets.values.update({
      spreadsheetId: 'book1',
      range: '客户!A1:Z10',
      valueInputOption: 'RAW',
      requestBody: { values: rows(40_000) },
    });
    expect(double.requests.at(-1)?.bytes).toBeLessThan(10 * 1024 * 1024);
    expect(String(double.values('book1', '客户')[9]?.[25]).length).toBe(40_000);
  });
});

describe('a spreadsheet shared to view only', () => {
  // A caller the owner shared the spreadsheet with as a viewer (or commenter) reads it, and every
  // write is refused: 403 PERMISSION_DENIED, "The caller does not have permission", as clients of
  // the Sheets API report it for a write to a sheet they may only view.
  beforeEach(() => {
    double.addSpreadsheet(
      'shared',
      [
        {
          title: '客户',
          values: [
            ['客户编号', '姓名'],
            ['C001', '刘洋'],
          ],
        },
      ],
      {
        access: 'view',
      },
    );
  });
  const refused = { status: 403, message: 'The caller does not have permission' };

  it('answers reads and refuses every kind of write, changing nothing', async () => {
    const read = await api.spreadsheets.values.get({ spreadsheetId: 'shared', range: '客户' });
    expect(read.data.values).toEqual([
      ['客户编号', '姓名'],
      ['C001', '刘洋'],
    ]);
    const sheetId = double.spreadsheets.get('shared')?.sheets[0]?.sheetId ?? 0;
    const writes = [
      () =>
        api.spreadsheets.values.update({
          spreadsheetId: 'shared',
          range: '客户!C1',
          valueInputOption: 'RAW',
          requestBody: { values: [['R']] },
        }),
      () =>
        api.spreadsheets.values.batchUpdate({
          spreadsheetId: 'shared',
          requestBody: { valueInputOption: 'RAW', data: [{ range: '客户!C1', values: [['R']] }] },
        }),
      () =>
        api.spreadsheets.values.append({
          spreadsheetId: 'shared',
          range: '客户!A1',
          valueInputOption: 'RAW',
          requestBody: { values: [['C002', '王芳']] },
        }),
      () => api.spreadsheets.values.clear({ spreadsheetId: 'shared', range: '客户!A2:B2' }),
      () =>
        api.spreadsheets.batchUpdate({
          spreadsheetId: 'shared',
          requestBody: { requests: [{ addSheet: { properties: { title: '跟进任务' } } }] },
        }),
      () =>
        api.spreadsheets.batchUpdate({
          spreadsheetId: 'shared',
          requestBody: {
            requests: [
              {
                updateSheetProperties: {
                  properties: { sheetId, gridProperties: { columnCount: 40 } },
                  fields: 'gridProperties.columnCount',
                },
              },
            ],
          },
        }),
    ];
    for (const write of writes) await expect(write()).rejects.toMatchObject(refused);
    const book = double.spreadsheets.get('shared');
    expect(book?.sheets.map((s) => [s.title, s.columnCount])).toEqual([['客户', 26]]);
    expect(double.values('shared', '客户')).toEqual([
      ['客户编号', '姓名'],
      ['C001', '刘洋'],
    ]);
  });
});

describe('sheets protected whole or in part (数据 → 保护工作表和区域)', () => {
  // Protecting a sheet protects its structure too: a caller the protection leaves out may not
  // delete it, nor add or remove its rows and columns; a protected range inside a sheet stops
  // deleting the sheet (that would edit the range) but not growing it.
  beforeEach(() => {
    double.addSpreadsheet('guarded', [
      { title: '客户', values: [['客户编号', '姓名']], rows: 10, columns: 5, protectedRanges: ['客户'] },
      { title: '跟进任务', values: [['到期日', '客户']], rows: 10, columns: 5, protectedRanges: ['A1:B1'] },
      { title: '草稿', values: [['x']], rows: 10, columns: 5 },
    ]);
  });
  const idOf = (title: string) =>
    double.spreadsheets.get('guarded')?.sheets.find((s) => s.title === title)?.sheetId ?? -1;
  const batch = (requests: sheets_v4.Schema$Request[]) =>
    api.spreadsheets.batchUpdate({ spreadsheetId: 'guarded', requestBody: { requests } });
  const refused = {
    status: 403,
    message: expect.stringContaining('You are trying to edit a protected cell or object'),
  };
  const widen = (title: string): sheets_v4.Schema$Request => ({
    updateSheetProperties: {
      properties: { sheetId: idOf(title), gridProperties: { columnCount: 8 } },
      fields: 'gridProperties.columnCount',
    },
  });

  it.each([
    ['deleting a protected sheet', () => [{ deleteSheet: { sheetId: idOf('客户') } }]],
    ['deleting a sheet holding a protected range', () => [{ deleteSheet: { sheetId: idOf('跟进任务') } }]],
    ['widening a protected sheet', () => [widen('客户')]],
    [
      'appending columns to a protected sheet',
      () => [{ appendDimension: { sheetId: idOf('客户'), dimension: 'COLUMNS', length: 3 } }],
    ],
    // All or nothing: the draft's deletion in the same request does not happen either.
    [
      'a batch that also deletes an unprotected sheet',
      () => [{ deleteSheet: { sheetId: idOf('草稿') } }, { deleteSheet: { sheetId: idOf('客户') } }],
    ],
  ])('refuses %s, changing nothing', async (_, requests) => {
    await expect(batch(requests())).rejects.toMatchObject(refused);
    const book = double.spreadsheets.get('guarded');
    expect(book?.sheets.map((s) => [s.title, s.columnCount])).toEqual([
      ['客户', 5],
      ['跟进任务', 5],
      ['草稿', 5],
    ]);
  });

  it('lets a sheet with a protected range grow, and an unprotected one go', async () => {
    await batch([widen('跟进任务'), { deleteSheet: { sheetId: idOf('草稿') } }]);
    const book = double.spreadsheets.get('guarded');
    expect(book?.sheets.map((s) => [s.title, s.columnCount])).toEqual([
      ['客户', 5],
      ['跟进任务', 8],
    ]);
  });
});

describe('a sheet as people keep it: protected, renamed, full', () => {
  // What Google answers, as reported by clients of the Sheets API: the Sheets UI's own refusal
  // for a protected cell, "Unable to parse range" for a tab that is no longer there, and the
  // 10-million-cell limit of a spreadsheet (Google Sheets size limits).
  const write = (
    range: string,
    values: unknown[][],
    spreadsheetId = range.startsWith('Clips') ? 'full' : 'book1',
  ) =>
    api.spreadsheets.values.update({
      spreadsheetId,
      range,
      valueInputOption: 'RAW',
      requestBody: { values },
    });

  it('refuses every write touching a protected range with the protected-cell message, writing nothing', async () => {
    double.protectRange('book1', '客户!A1:C1');
    const refused = {
      status: 403,
      message: expect.stringContaining('You are trying to edit a protected cell or object'),
    };
    await expect(write('客户!B1', [['名字']])).rejects.toMatchObject(refused);
    await expect(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId: 'book1',
        requestBody: {
          valueInputOption: 'RAW',
          data: [
            { range: '客户!B2', values: [['刘洋（改）']] },
            { range: '客户!D1', values: [['备注']] },
            { range: '客户!A1', values: [['编号']] },
          ],
        },
      }),
    ).rejects.toMatchObject(refused);
    await expect(
      api.spreadsheets.values.clear({ spreadsheetId: 'book1', range: '客户!1:1' }),
    ).rejects.toMatchObject(refused);
    // All or nothing: the unprotected cells of the refused batch were not written either.
    expect(double.values('book1', '客户')).toEqual([
      ['客户编号', '姓名', '消费金额'],
      ['C001', '刘洋', 1234.5],
      ['C002', 'Alice Chen', 88],
    ]);
    // Outside the protected range the sheet is writable.
    await write('客户!A4:C4', [['C003', '王芳', 5]]);
    expect(double.values('book1', '客户')[3]).toEqual(['C003', '王芳', 5]);
  });

  it('refuses an append into a protected column, leaving the grid as it was', async () => {
    double.protectRange('book1', '客户!A:A');
    const rows = double.spreadsheets.get('book1')?.sheets[0]?.rowCount;
    await expect(
      api.spreadsheets.values.append({
        spreadsheetId: 'book1',
        range: '客户!A:C',
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [['C003', '王芳', 5]] },
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(double.values('book1', '客户')).toHaveLength(3);
    expect(double.spreadsheets.get('book1')?.sheets[0]?.rowCount).toBe(rows);
  });

  it('answers "Unable to parse range" for a tab that was renamed or deleted', async () => {
    await expect(
      api.spreadsheets.values.get({ spreadsheetId: 'book1', range: "'剪藏'!1:1" }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Unable to parse range') });
  });

  it('refuses a new sheet or a wider one past 10 million cells, changing nothing', async () => {
    const book = double.addSpreadsheet('full', [
      { title: 'Clips', values: [['Name']], rows: 384_615, columns: 26 },
    ]);
    const sheetId = book.sheets[0]?.sheetId ?? -1;
    const limit = {
      status: 400,
      message: expect.stringContaining('above the limit of 10000000 cells'),
    };
    const batch = (requests: sheets_v4.Schema$Request[]) =>
      api.spreadsheets.batchUpdate({ spreadsheetId: 'full', requestBody: { requests } });
    await expect(
      batch([
        { addSheet: { properties: { title: '跟进任务', gridProperties: { rowCount: 10, columnCount: 5 } } } },
      ]),
    ).rejects.toMatchObject(limit);
    await expect(
      batch([
        {
          updateSheetProperties: {
            properties: { sheetId, gridProperties: { columnCount: 27 } },
            fields: 'gridProperties.columnCount',
          },
        },
      ]),
    ).rejects.toMatchObject(limit);
    expect(book.sheets.map((s) => [s.title, s.rowCount, s.columnCount])).toEqual([['Clips', 384_615, 26]]);
    // Within the limit, both are taken: 384,615 × 26 = 9,999,990 cells, 10 left.
    await batch([
      { addSheet: { properties: { title: '备注', gridProperties: { rowCount: 2, columnCount: 5 } } } },
    ]);
    expect(book.sheets.map((s) => s.title)).toEqual(['Clips', '备注']);
  });

  it('refuses to grow a spreadsheet past 10 million cells, by append or appendDimension', async () => {
    const book = double.addSpreadsheet('full', [
      { title: 'Clips', values: [['Name']], rows: 384_615, columns: 26 },
    ]);
    const sheetId = book.sheets[0]?.sheetId ?? -1;
    // 384,615 × 26 = 9,999,990 cells, the last row in use: one more row of 26 goes over.
    await write('Clips!A384615', [['Wang Fang']]);
    const limit = {
      status: 400,
      message: expect.stringContaining('above the limit of 10000000 cells'),
    };
    await expect(
      api.spreadsheets.values.append({
        spreadsheetId: 'full',
        range: 'Clips!A:Z',
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [['Chen Jing']] },
      }),
    ).rejects.toMatchObject(limit);
    await expect(
      api.spreadsheets.batchUpdate({
        spreadsheetId: 'full',
        requestBody: {
          requests: [{ appendDimension: { sheetId, dimension: 'COLUMNS', length: 1 } }],
        },
      }),
    ).rejects.toMatchObject(limit);
    const after = double.spreadsheets.get('full')?.sheets[0];
    expect([after?.rowCount, after?.columnCount]).toEqual([384_615, 26]);
  });
});
