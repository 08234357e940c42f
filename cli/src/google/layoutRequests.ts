import type { CellBlock, ChartSpec, SheetLayout } from '@crm/shared';
import type { sheets_v4 } from '@googleapis/sheets';
import { apiColor } from './sheetValues.ts';

/** The batchUpdate requests that give a freshly written sheet its layout's presentation. */
export function layoutRequests(sheetId: number, layout: SheetLayout): sheets_v4.Schema$Request[] {
  const range = (b: CellBlock): sheets_v4.Schema$GridRange => ({
    sheetId,
    startRowIndex: b.row - 1,
    endRowIndex: b.row - 1 + b.rows,
    startColumnIndex: b.column - 1,
    endColumnIndex: b.column - 1 + b.columns,
  });
  const requests: sheets_v4.Schema$Request[] = [];
  for (const style of layout.styles) {
    const format: sheets_v4.Schema$CellFormat = {};
    const fields: string[] = [];
    const text: sheets_v4.Schema$TextFormat = {};
    if (style.bold !== undefined) text.bold = style.bold;
    if (style.italic !== undefined) text.italic = style.italic;
    if (style.fontSize !== undefined) text.fontSize = style.fontSize;
    if (style.fontColor) text.foregroundColor = apiColor(style.fontColor);
    if (Object.keys(text).length > 0) {
      format.textFormat = text;
      fields.push(...Object.keys(text).map((k) => `textFormat.${k}`));
    }
    if (style.background) {
      format.backgroundColor = apiColor(style.background);
      fields.push('backgroundColor');
    }
    if (style.numberFormat) {
      format.numberFormat = {
        type: /[yd]/.test(style.numberFormat) ? 'DATE' : 'NUMBER',
        pattern: style.numberFormat,
      };
      fields.push('numberFormat');
    }
    if (style.horizontalAlignment) {
      format.horizontalAlignment = style.horizontalAlignment.toUpperCase();
      fields.push('horizontalAlignment');
    }
    if (style.wrap !== undefined) {
      format.wrapStrategy = style.wrap ? 'WRAP' : 'OVERFLOW_CELL';
      fields.push('wrapStrategy');
    }
    if (fields.length === 0) continue;
    requests.push({
      repeatCell: {
        range: range(style),
        cell: { userEnteredFormat: format },
        fields: fields.map((f) => `userEnteredFormat.${f}`).join(','),
      },
    });
  }
  for (const merge of layout.merges)
    requests.push({ mergeCells: { range: range(merge), mergeType: 'MERGE_ALL' } });
  layout.columnWidths.forEach((width, i) => {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
        properties: { pixelSize: width },
        fields: 'pixelSize',
      },
    });
  });
  for (const chart of layout.charts) requests.push({ addChart: { chart: chartSpec(sheetId, chart, range) } });
  return requests;
}

function chartSpec(
  sheetId: number,
  chart: ChartSpec,
  range: (b: CellBlock) => sheets_v4.Schema$GridRange,
): sheets_v4.Schema$EmbeddedChart {
  const { data } = chart;
  const labels = range({ ...data, columns: 1 });
  const series = Array.from({ length: data.columns - 1 }, (_, i) =>
    range({ ...data, column: data.column + 1 + i, columns: 1 }),
  );
  const position = {
    overlayPosition: {
      anchorCell: { sheetId, rowIndex: chart.anchor.row - 1, columnIndex: chart.anchor.column - 1 },
      widthPixels: chart.width,
      heightPixels: chart.height,
    },
  };
  if (chart.type === 'PIE') {
    return {
      spec: {
        title: chart.title,
        pieChart: {
          legendPosition: 'RIGHT_LEGEND',
          domain: { sourceRange: { sources: [labels] } },
          series: { sourceRange: { sources: [series[0] ?? labels] } },
        },
      },
      position,
    };
  }
  return {
    spec: {
      title: chart.title,
      basicChart: {
        chartType: chart.type,
        legendPosition: series.length > 1 ? 'BOTTOM_LEGEND' : 'NO_LEGEND',
        headerCount: 1,
        domains: [{ domain: { sourceRange: { sources: [labels] } } }],
        series: series.map((s) => ({ series: { sourceRange: { sources: [s] } }, targetAxis: 'LEFT_AXIS' })),
      },
    },
    position,
  };
}
