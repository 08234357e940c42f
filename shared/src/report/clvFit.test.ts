// How the CLV fits ended reaches every form of the report: HTML, Markdown and the report sheet.
import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { ModelFit } from '../model/results.ts';
import { reportSheetLayout } from '../sheets/reportSheetLayout.ts';
import { buildReport } from './buildReport.ts';
import { reportFixture } from './fixtures/reportFixture.ts';
import { renderReportHtml } from './renderReportHtml.ts';
import { renderReportMarkdown } from './renderReportMarkdown.ts';

const CONVERGED: ModelFit = { converged: true, iterations: 41, logLikelihood: -812.4, limits: [] };
const AT_LIMIT: ModelFit = {
  converged: false,
  iterations: 151,
  logLikelihood: -29255.7,
  limits: ['equal-dropout'],
};
const STOPPED: ModelFit = { converged: false, iterations: 500, logLikelihood: -301.9, limits: [] };

function forms(language: Language, bgnbd: ModelFit, gammaGamma: ModelFit) {
  const input = reportFixture({ language, clv: true });
  if (input.clv === null) throw new Error('the fixture has CLV results');
  input.clv = { ...input.clv, fit: { bgnbd, gammaGamma } };
  const model = buildReport(input);
  const sheet = reportSheetLayout(model, language)
    .rows.map((r) => r.join(' '))
    .join('\n');
  return { html: renderReportHtml(model), markdown: renderReportMarkdown(model), sheet };
}

describe('the CLV section says how each fit ended', () => {
  it.each<[Language, ModelFit, ModelFit, string[]]>([
    [
      'en',
      CONVERGED,
      STOPPED,
      [
        'BG/NBD: converged after 41 iterations, log-likelihood -812.4',
        'Gamma-Gamma: stopped after 500 iterations without converging; treat its predictions with caution',
      ],
    ],
    [
      'en',
      AT_LIMIT,
      CONVERGED,
      ['BG/NBD: reached a limiting case after 151 iterations (see the notes), log-likelihood -29255.7'],
    ],
    [
      'zh',
      AT_LIMIT,
      STOPPED,
      ['BG/NBD：迭代 151 次后到达极限情形（见说明）', 'Gamma-Gamma：迭代 500 次后停止，未收敛，预测仅供参考'],
    ],
  ])('%s', (language, bgnbd, gammaGamma, lines) => {
    const { html, markdown, sheet } = forms(language, bgnbd, gammaGamma);
    for (const line of lines) {
      expect(html).toContain(line);
      expect(markdown).toContain(line);
      expect(sheet).toContain(line);
    }
  });
});
