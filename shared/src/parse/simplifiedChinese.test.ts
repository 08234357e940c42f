/// <reference path="./opencc-dicts.d.ts" />
import fc from 'fast-check';
import { CustomConverter } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_FIELD_SYNONYMS, CUSTOMER_FIELD_SYNONYMS, ORDER_FIELD_SYNONYMS } from '../model/fields.ts';
import { foldedCode, foldTraditional, hasTraditional } from './simplifiedChinese.ts';

describe('foldTraditional', () => {
  it.each([
    ['客戶編號', '客户编号'],
    ['電郵', '电邮'],
    ['手提電話', '手提电话'],
    ['訂單日期', '订单日期'],
    ['處理中', '处理中'],
    ['已解決', '已解决'],
    ['總計', '总计'],
    ['農曆八月十五', '农历八月十五'],
    ['1.2萬', '1.2万'],
    ['陳大文', '陈大文'],
    ['聯絡人', '联络人'],
    // Only the traditional characters change: Latin, digits and shared characters stay.
    ['Email 電郵 (必填)', 'Email 电邮 (必填)'],
  ])('%s → %s', (text, simplified) => {
    expect(foldTraditional(text)).toBe(simplified);
    expect(hasTraditional(text)).toBe(true);
  });

  it('gives simplified and other text back as the same string', () => {
    for (const text of ['客户编号', 'Customer ID', '', '13912345678', '王芳', '¥1,234.50 元']) {
      expect(foldTraditional(text)).toBe(text);
      expect(hasTraditional(text)).toBe(false);
    }
  });

  it('leaves every simplified header synonym as it is (they are what folded headers must meet)', () => {
    const words = [CUSTOMER_FIELD_SYNONYMS, ORDER_FIELD_SYNONYMS, COMPLAINT_FIELD_SYNONYMS].flatMap(
      (synonyms) => Object.values(synonyms).flat(),
    );
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((word) => foldTraditional(word) !== word)).toEqual([]);
  });

  it("folds every BMP character as opencc-js's own converter folds it, to the character that stays", () => {
    const convert = CustomConverter(TSCharacters);
    const differences: string[] = [];
    for (let code = 0x3400; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      let fold = code;
      for (let step = 0; step < 3; step++) {
        const out = convert(String.fromCharCode(fold));
        if (out.length !== 1 || out.charCodeAt(0) === fold) break;
        fold = out.charCodeAt(0);
      }
      if (foldedCode(code) !== fold) differences.push(String.fromCharCode(code));
    }
    expect(differences).toEqual([]);
  });

  it('folds one character at a time: the length stays and folding twice changes nothing (property)', () => {
    const hanzi = fc.integer({ min: 0x3400, max: 0x9fff }).map((code) => String.fromCharCode(code));
    const text = fc
      .array(fc.oneof(hanzi, fc.constantFrom('a', ' ', '1', '·')), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const once = foldTraditional(t);
        expect(once.length).toBe(t.length);
        expect(foldTraditional(once)).toBe(once);
        for (let i = 0; i < t.length; i++) expect(once.charCodeAt(i)).toBe(foldedCode(t.charCodeAt(i)));
      }),
    );
  });
});
