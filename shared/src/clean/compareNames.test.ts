import { describe, expect, it } from 'vitest';
import { compareNames, NAME_SIMILARITY_THRESHOLD } from './compareNames.ts';
import { jaroWinkler } from './jaroWinkler.ts';
import { normalizePersonName, type PersonName } from './normalizePersonName.ts';
import { withinTypos } from './typoDistance.ts';

function name(text: string): PersonName {
  const normalized = normalizePersonName(text);
  if (normalized === null) throw new Error(`not a name: ${text}`);
  return normalized;
}

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'xyz', 0],
    ['same', 'same', 1],
    ['', 'a', 0],
  ])('%s / %s ≈ %d (Winkler 1990 examples)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });
});

describe('normalizePersonName', () => {
  it.each([
    ['  Li  Wei ', 'liwei', false],
    ['José García', 'josegarcia', false],
    ['Mr. John Smith', 'johnsmith', false],
    ["O'Brien", 'obrien', false],
    ['张 伟', '张伟', true],
    ['ＺＨＡＮＧ Ｗｅｉ', 'zhangwei', false],
  ])('%j → %s', (input, key, cjk) => {
    expect(normalizePersonName(input)).toMatchObject({ key, cjk });
  });

  it('returns null when nothing is left', () => {
    expect(normalizePersonName(' . ')).toBeNull();
    expect(normalizePersonName(null)).toBeNull();
  });
});

describe('compareNames', () => {
  it.each([
    ['Li Wei', 'Wei Li'],
    ['Li Wei', 'liwei'],
    ['Smith, John', 'John Smith'],
    ['Jonathan Smith', 'Jonathon Smith'],
    ['John A. Smith', 'John Smith'],
    ['Katherine Johnson', 'Katharine Johnson'],
    ['José García', 'Jose Garcia'],
    ['张伟', '张 伟'],
    ['欧阳娜娜', '欧阳娜娜'],
  ])('%s and %s may be one person', (a, b) => {
    const match = compareNames(name(a), name(b));
    expect(match?.needsCorroboration).toBe(false);
    expect(match?.similarity).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
  });

  it.each([
    ['张伟', '张玮'],
    ['王小明', '王晓明'],
    ['王小明', '王小敏'],
  ])('%s and %s match only with a shared city or title', (a, b) => {
    expect(compareNames(name(a), name(b))).toMatchObject({ needsCorroboration: true });
  });

  it.each([
    ['John Smith', 'Jane Smith'],
    ['Li Wei', 'Li Na'],
    ['Michael Brown', 'Michelle Brown'],
    ['张伟', '李伟'],
    ['张伟', '张伟华'],
    ['王小明', '王大勇'],
    ['张伟', 'Zhang Wei'],
    ['David Chen', 'Emily Zhao'],
  ])('%s and %s are different people', (a, b) => {
    expect(compareNames(name(a), name(b))).toBeNull();
  });
});

describe('withinTypos', () => {
  it.each([
    ['jonathan', 'jonathon', 1, true],
    ['wei', 'wie', 1, true],
    ['smith', 'smiht', 1, true],
    ['smith', 'smyth', 1, true],
    ['anna', 'ann', 1, true],
    ['michael', 'michelle', 2, false],
    ['john', 'jane', 1, false],
    ['katherine', 'catharine', 2, true],
    ['', 'ab', 1, false],
  ] as const)('%s → %s within %d edits: %s', (a, b, edits, expected) => {
    expect(withinTypos(a, b, edits)).toBe(expected);
    expect(withinTypos(b, a, edits)).toBe(expected);
  });
});
