import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import { cellToText } from '../parse/cellToText.ts';
import { findPerson } from './findPerson.ts';
import { key, options, placesBySheet } from './personSearch.fixture.ts';
import { applyErasure, planErasure } from './planErasure.ts';

// A 淘宝 seller's workbook: their customer list with their own ids and each buyer's 旺旺号, the
// platform's order export with the buyers' numbers masked (张伟 and 王芳 both show as
// 138****8000), and a notes sheet. The orders are 张伟's by his account, as the analysis
// matches them, never by the masked number he shares with 王芳.

function shopWorkbook(customerHeader = ['客户编号', '姓名', '手机', '旺旺号', '城市']): SheetGrid[] {
  return [
    {
      name: '客户',
      rows: [
        customerHeader,
        ['C001', '张伟', '13800138000', 'tb_zhangwei', '上海'],
        ['C002', '李娜', '13912345678', 'lina_1990', '杭州'],
        ['C003', '王芳', '13800008000', 'wangfang_sh', '北京'],
      ],
    },
    {
      name: '订单',
      rows: [
        ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
        ['3001', 'tb_zhangwei', '199.00', '交易成功', '138****8000', '2024-11-11 00:01:02'],
        ['3002', 'lina_1990', '98.00', '交易成功', '139****5678', '2024-10-01 09:00:00'],
        ['3003', 'wangfang_sh', '45.00', '交易成功', '138****8000', '2024-12-20 08:30:00'],
        ['3004', 'TB_ZhangWei', '59.90', '交易成功', '138****8000', '2025-01-12 20:15:44'],
      ],
    },
    {
      name: '备注',
      rows: [['记录'], ['tb_zhangwei 要求开发票'], ['wangfang_sh 已退货']],
    },
  ];
}

describe('findPerson by a platform account', () => {
  it.each(['account:tb_zhangwei', '旺旺号:tb_zhangwei', 'phone:138 0013 8000', 'id:C001'])(
    'finds 张伟, his orders by his 旺旺号 and the note naming it, from %s',
    (text) => {
      expect(placesBySheet(shopWorkbook(), text)).toEqual({ 客户: [2], 订单: [2, 5], 备注: [2] });
      // His rows, not cells that merely mention him: the orders are his by his account.
      const found = findPerson(shopWorkbook(), key(text), options);
      expect(found.rows.map((r) => `${r.sheet} ${r.row} ${r.role}`)).toEqual([
        '客户 2 customer',
        '订单 2 order',
        '订单 5 order',
      ]);
    },
  );

  it('takes none of 王芳’s orders, which show the same masked number as his', () => {
    const found = findPerson(shopWorkbook(), key('account:tb_zhangwei'), options);
    expect(found.rows.map((r) => [r.sheet, r.row])).toEqual([
      ['客户', 2],
      ['订单', 2],
      ['订单', 5],
    ]);
    expect(found.names).toEqual(['张伟']);
  });

  it('finds the orders of an account no customer row records', () => {
    expect(placesBySheet(shopWorkbook(), 'account:lina_1990')).toEqual({ 客户: [3], 订单: [3] });
    const grids = shopWorkbook();
    (grids[1] as SheetGrid).rows.push(['3005', 'tb_guest', '20.00', '交易成功', '137****0000', '2024-12-01']);
    expect(placesBySheet(grids, 'account:tb_guest')).toEqual({ 订单: [6] });
  });

  it('compares the orders’ account with the customer ids where no customer table records accounts', () => {
    const grids = shopWorkbook(['客户编号', '姓名', '手机', '备用', '城市']);
    const customers = grids[0] as SheetGrid;
    // The seller used the buyers' accounts as their ids, and the orders name buyers by account
    // alone (no number column): the analysis matches those accounts with the ids.
    customers.rows = customers.rows.map((row, i) => (i === 0 ? row : [row[3] ?? null, ...row.slice(1)]));
    const orders = grids[1] as SheetGrid;
    orders.rows = orders.rows.map((row) => row.filter((_, c) => c !== 4));
    for (const text of ['id:tb_zhangwei', 'account:tb_zhangwei'])
      expect(placesBySheet(grids, text), text).toEqual({ 客户: [2], 订单: [2, 5], 备注: [2] });
  });

  it('leaves no cell naming his account after an erasure', () => {
    const grids = shopWorkbook();
    const plan = planErasure(findPerson(grids, key('account:tb_zhangwei'), options), {
      orders: 'keep-amounts',
      marker: '[已删除]',
    });
    const after = applyErasure(grids, plan);
    const texts = after.flatMap((g) =>
      g.rows.flatMap((row) => row.map((cell) => cellToText(cell).toLowerCase())),
    );
    expect(texts.filter((text) => text.includes('tb_zhangwei'))).toEqual([]);
    // 王芳's order and her row stay as they were.
    expect(texts).toContain('wangfang_sh');
  });
});
