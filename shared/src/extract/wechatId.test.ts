import { describe, expect, it } from 'vitest';
import { labelledWechatId, SAME_AS_WECHAT } from './wechatId.ts';

describe('labelledWechatId', () => {
  it.each([
    ['微信：lxw_qimu2016', 'lxw_qimu2016'],
    ['微信号：hejiale_qm', 'hejiale_qm'],
    ['微信号: hejiale-qm（工作日回复）', 'hejiale-qm'],
    ['WeChat ID: alantan_klh', 'alantan_klh'],
    ['wechat：kellygoh88', 'kellygoh88'],
    ['手机：186 8870 2391　微信：wusiqi-design', 'wusiqi-design'],
  ])('reads %s as %s', (text, id) => {
    expect(labelledWechatId(text)).toBe(id);
  });

  it.each([
    // A number is read as a number; the card says whether it is the WeChat account too.
    '微信：13812345678',
    '微信：同手机号',
    // An official account is the company's, and no person's id.
    '微信公众号：qimuhome',
    // A mailbox, an id too short for WeChat, a label with nothing after it.
    '微信：wechat@qimu-home.com',
    '微信：ab12',
    '扫码加微信',
    'lxw_qimu2016',
  ])('reads no id in %s', (text) => {
    expect(labelledWechatId(text)).toBeNull();
  });
});

describe('SAME_AS_WECHAT', () => {
  it.each(['微信同号', '手机/微信：137-2435-8816', '扫码加微信（同手机号）', 'Mobile / WeChat: +86 139 …'])(
    'says the mobile is the WeChat account in %s',
    (text) => {
      expect(SAME_AS_WECHAT.test(text)).toBe(true);
    },
  );

  it.each(['微信：lxw_qimu2016', '扫码加微信', '关注栖木公众号看更多案例'])(
    'says nothing of the kind in %s',
    (text) => {
      expect(SAME_AS_WECHAT.test(text)).toBe(false);
    },
  );
});
