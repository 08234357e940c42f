import { describe, expect, it } from 'vitest';
import { DATA_QUALITY_TABLE_ROW, dataQualitySheetLayout } from './dataQualitySheetLayout.ts';
import { sampleAnalysis } from './sheetsTestFixture.ts';

describe('dataQualitySheetLayout', () => {
  it('summarises the review and lists each problem with the row it is on', () => {
    const analysis = sampleAnalysis(30);
    const layout = dataQualitySheetLayout(analysis.review, analysis.issues, 'zh');
    expect(layout.rows[0]?.[0]).toBe('数据质量检查');
    expect(layout.rows[2]?.[0]).toBe(30);
    expect(layout.rows[DATA_QUALITY_TABLE_ROW - 1]?.slice(0, 5)).toEqual(['类型', '行', '列', '值', '说明']);
    const invalidEmail = layout.rows.find((r) => r[3] === 'not-an-email');
    expect(invalidEmail?.slice(0, 3)).toEqual(['无效', '5', '邮箱']);
    expect(layout.frozenRows).toBe(DATA_QUALITY_TABLE_ROW);
  });

  it('adds problems of the Orders table after the customer review', () => {
    const analysis = sampleAnalysis(6);
    const layout = dataQualitySheetLayout(
      analysis.review,
      [
        ...analysis.issues,
        {
          row: 7,
          column: '金额',
          value: '-5',
          message: 'amount is negative',
          kind: 'negative',
          table: 'orders',
        },
      ],
      'en',
    );
    expect(layout.rows.at(-1)?.slice(0, 4)).toEqual(['Invalid (Orders)', '7', '金额', '-5']);
    expect(layout.rows[2]?.[5]).toBe(1);
  });
});
