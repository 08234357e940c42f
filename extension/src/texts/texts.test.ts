import { describe, expect, it } from 'vitest';
import { TEXTS } from './index.ts';

/** Sample arguments of the texts that take more than strings or numbers. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  bulkSaved: [{ saved: 3, merged: 1, unchanged: 1, conflicting: 1, invalid: 1 }],
};

/** Every text of a catalogue with its path (`options.fields.region.hint`); functions get sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = SAMPLE_ARGUMENTS[path] ?? ['X', 'Y'];
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

const HAN = /[\u4e00-\u9fff]/;
/** Names that read the same in both languages: formats, a URL, a brand. */
const SAME_IN_BOTH = new Set(['exportCsv', 'exportVcard', 'options.fields.spreadsheet.hint']);

describe('text catalogue', () => {
  const zh = leaves(TEXTS.zh);
  const en = leaves(TEXTS.en);

  it('has the same texts in zh and en, none empty', () => {
    expect(zh.map(([path]) => path)).toEqual(en.map(([path]) => path));
    for (const [path, text] of [...zh, ...en]) expect(text.trim(), path).not.toBe('');
  });

  it('is translated: Chinese in zh, and no Chinese in en except the law it cites', () => {
    for (const [path, text] of zh) if (!SAME_IN_BOTH.has(path)) expect(text, path).toMatch(HAN);
    for (const [path, text] of en) if (path !== 'hints.legalBasis') expect(text, path).not.toMatch(HAN);
  });

  it('puts the arguments into the texts that take them', () => {
    expect(TEXTS.zh.syncFailedCount(3)).toBe('3 条同步失败');
    expect(TEXTS.en.mergeExplain('陈静')).toContain('belongs to 陈静.');
    const bulk = { saved: 3, merged: 1, unchanged: 0, conflicting: 0, invalid: 0 };
    expect(TEXTS.zh.bulkSaved(bulk)).toBe('已保存 3 位；1 位已保存过，已补充新信息');
    expect(TEXTS.en.bulkSaved({ ...bulk, saved: 0, merged: 0, unchanged: 2 })).toBe(
      '2 already saved: nothing new',
    );
    expect(TEXTS.zh.bulkSaved({ ...bulk, merged: 0 })).toBe('已保存 3 位');
  });
});
