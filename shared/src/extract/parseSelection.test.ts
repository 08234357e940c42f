import { describe, expect, it } from 'vitest';
import { parseSelection } from './parseSelection.ts';

describe('parseSelection of a card in traditional characters', () => {
  it.each([
    [
      'a Hong Kong signature, one field a line',
      '陳大文 David Chan\n董事總經理\n永昌國際貿易有限公司\n直線：2345 6711　手提：9123 4567\n傳真：2345 6780\n電郵：david.chan@wingcheong-trading.com',
      'HK',
      {
        name: '陳大文 David Chan',
        title: '董事總經理',
        organization: '永昌國際貿易有限公司',
        phones: ['+85223456711', '+85291234567'],
        emails: ['david.chan@wingcheong-trading.com'],
      },
    ],
    [
      'a Taiwan card selected with its line breaks turned into spaces',
      '聯絡人：林志明 經理 電話：(04) 2491-2351 手機：0912-345-678 傳真：(04) 2491-2346 電郵：jm.lin@hsinchang-valve.com',
      'TW',
      {
        name: '林志明',
        title: '經理',
        phones: ['+886424912351', '+886912345678'],
        emails: ['jm.lin@hsinchang-valve.com'],
      },
    ],
  ])('reads %s, its words as written', (_, text, region, expected) => {
    expect(parseSelection(text, { region })).toMatchObject(expected);
  });
});
