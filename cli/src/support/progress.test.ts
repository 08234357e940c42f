import { describe, expect, it } from 'vitest';
import { Progress, progressMode } from './progress.ts';

function lines(mode: 'lines' | 'off', times: number[]) {
  const written: string[] = [];
  let call = 0;
  const progress = new Progress(
    4,
    mode,
    { write: (text: string) => written.push(text) > 0 },
    () => times[call++] ?? 0,
  );
  for (const step of ['reading files', 'parsing', 'classifying']) progress.step(step);
  progress.done();
  return written;
}

describe('Progress', () => {
  it('writes one line per step to a pipe once the run passes a second', () => {
    expect(lines('lines', [0, 200, 1500, 4200])).toEqual([
      'crm: [3/4] parsing (1.5 s)\n',
      'crm: [4/4] classifying (4.2 s)\n',
    ]);
  });

  it('says nothing for a short run, or with --quiet', () => {
    expect(lines('lines', [0, 100, 200, 300])).toEqual([]);
    expect(lines('off', [0, 2000, 4000, 8000])).toEqual([]);
  });

  it('draws a bar on a terminal, lines elsewhere, nothing when quiet', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(progressMode(false, tty)).toBe('bar');
    expect(progressMode(undefined, pipe)).toBe('lines');
    expect(progressMode(true, tty)).toBe('off');
  });
});
