import { escapeHtml } from '../escapeHtml.ts';
import type { TextTable } from '../reportTables.ts';

/** Pre-rendered, trusted HTML (built by this module); plain strings are always escaped. */
export interface Html {
  html: string;
}

export type CellContent = string | Html;

export function raw(html: string): Html {
  return { html };
}

export function content(cell: CellContent): string {
  return typeof cell === 'string' ? escapeHtml(cell) : cell.html;
}

/** A table; `numeric` lists the columns aligned right with tabular figures. */
export function htmlTable(
  head: string[],
  rows: CellContent[][],
  options: { numeric?: number[]; foot?: CellContent[]; cls?: string } = {},
): string {
  const numeric = new Set(options.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const th = head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${content(c)}</td>`).join('')}</tr>`)
    .join('');
  const foot =
    options.foot === undefined
      ? ''
      : `<tfoot><tr>${options.foot.map((c, i) => `<td${cls(i)}>${content(c)}</td>`).join('')}</tr></tfoot>`;
  const tableClass = options.cls === undefined ? '' : ` ${options.cls}`;
  return `<div class="table-wrap"><table class="data${tableClass}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody>${foot}</table></div>`;
}

/** A KPI card: label, big value, a short note explaining the figure. */
export function kpiCard(id: string, label: string, value: string, note: string, tone = ''): string {
  const toneClass = tone === '' ? '' : ` ${tone}`;
  return (
    `<div class="kpi${toneClass}" data-kpi="${escapeHtml(id)}"><div class="kpi-label">${escapeHtml(label)}</div>` +
    `<div class="kpi-value">${escapeHtml(value)}</div>` +
    (note === '' ? '' : `<div class="kpi-note">${escapeHtml(note)}</div>`) +
    '</div>'
  );
}

/** A numbered report section. */
export function section(id: string, heading: string, body: string, intro = ''): string {
  const p = intro === '' ? '' : `<p class="intro">${escapeHtml(intro)}</p>`;
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(heading)}</h2>${p}${body}</section>`;
}

export function h3(text: string): string {
  return `<h3>${escapeHtml(text)}</h3>`;
}

export function paragraph(text: string, cls = ''): string {
  return `<p${cls === '' ? '' : ` class="${cls}"`}>${escapeHtml(text)}</p>`;
}

/** A report table (see reportTables.ts) as an HTML table. */
export function textTableHtml(table: TextTable, cls?: string): string {
  return htmlTable(table.header, table.rows, {
    numeric: table.numeric,
    ...(table.total ? { foot: table.total } : {}),
    ...(cls ? { cls } : {}),
  });
}
