import { describe, expect, it } from 'vitest';
import type { FollowUpKind, Language } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import { complaintRecord, type Person, planForPeople } from './testFixtures.ts';

// One customer per rule, as of 2026-11-24 with a 40-day horizon (New Year greetings included).
const people: Person[] = [
  {
    record: {
      name: '王建国',
      title: '总经理',
      company: '杭州云帆科技有限公司',
      lastPurchase: '2026-10-01',
      lastContact: '2026-10-20',
    },
    classification: { segment: 'champions', valueTier: 'high' },
  },
  {
    record: {
      name: '陈静',
      gender: '女',
      lastPurchase: '2026-03-02',
      lastContact: '2026-11-20',
      orderCount: 6,
    },
    classification: { segment: 'cannot-lose-them' },
  },
  {
    record: {
      name: 'John Smith',
      gender: 'male',
      lastPurchase: '2026-11-20',
      lastContact: '2026-11-20',
      orderCount: 1,
    },
  },
  { record: { name: '刘芳', company: 'Acme Trading', birthday: '1988-11-27', lastContact: '2026-11-23' } },
  { record: { name: '赵德明', title: '董事长', lastPurchase: '2026-09-01', lastContact: '2026-11-22' } },
  { record: { name: '孙丽', gender: '女', lastContact: '2026-11-24' } },
  { record: { name: 'Anna Müller', gender: 'F', lastContact: '2026-11-10' } },
];
const complaints = [
  complaintRecord(7, {
    stage: 'investigating',
    stageDate: '2026-11-23',
    summary: '收到的货物外包装破损，部分配件缺失',
  }),
  complaintRecord(8, { stage: 'closed', closedDate: '2026-11-22' }),
];

function messageOf(kind: FollowUpKind, language: Language): string {
  const tasks: FollowUpTask[] = planForPeople(people, {
    complaints,
    config: { language, followUps: { horizonDays: 40 } },
  });
  const task = tasks.find((t) => t.kind === kind);
  if (!task) throw new Error(`no ${kind} task`);
  return task.message;
}

describe('messages in Chinese', () => {
  it('revisit', () => {
    expect(messageOf('revisit', 'zh')).toMatchInlineSnapshot(
      `"王总您好，感谢您及杭州云帆科技有限公司一直以来对我们的支持！距您上次下单（2026年10月1日）已有 54 天，想了解一下产品的使用情况和您最近的新需求，有任何问题随时联系我。"`,
    );
  });
  it('win-back', () => {
    expect(messageOf('win-back', 'zh')).toMatchInlineSnapshot(
      `"陈女士您好，好久不见！距您上次下单（2026年3月2日）已有 267 天，我们非常珍惜与您的合作，想听听您的意见和建议，也为您准备了老客户专属优惠，您看什么时候方便沟通？"`,
    );
  });
  it('post-purchase', () => {
    expect(messageOf('post-purchase', 'zh')).toMatchInlineSnapshot(
      `"Smith 先生您好，感谢您2026年11月20日的订购！想确认一下产品是否已顺利收到、使用是否满意，如有任何问题请随时告诉我。"`,
    );
  });
  it('birthday', () => {
    expect(messageOf('birthday', 'zh')).toMatchInlineSnapshot(
      `"刘芳您好，提前祝您11月27日生日快乐！感谢您及 Acme Trading 一直以来的信任与支持，愿您新的一岁身体健康、万事顺意！"`,
    );
  });
  it('holiday (a batch of customers, greeted by no name)', () => {
    expect(messageOf('holiday', 'zh')).toMatchInlineSnapshot(
      `"尊敬的客户您好，元旦将至，感谢您一直以来对我们的支持！提前祝您元旦快乐，阖家幸福，万事如意！"`,
    );
  });
  it('complaint', () => {
    expect(messageOf('complaint', 'zh')).toMatchInlineSnapshot(
      `"孙女士您好，关于您反馈的问题（收到的货物外包装破损，部分配件缺失），目前处于“调查核实”阶段，下一步我们将制定解决方案。给您带来不便非常抱歉，有任何进展我会第一时间告知您。"`,
    );
  });
  it('satisfaction-survey', () => {
    expect(messageOf('satisfaction-survey', 'zh')).toMatchInlineSnapshot(
      `"Müller 女士您好，您之前反馈的问题已于2026年11月22日处理完毕。想耽误您一分钟，请为这次的处理结果打个分（1–5 分），您的意见对我们非常重要，谢谢！"`,
    );
  });
});

describe('messages in English', () => {
  it('revisit', () => {
    expect(messageOf('revisit', 'en')).toMatchInlineSnapshot(
      `"Dear 王建国, thank you and everyone at 杭州云帆科技有限公司 for your continued support! It has been 54 days since your last order on 1 Oct 2026, so I wanted to hear how everything is working and whether there is anything new we can help with."`,
    );
  });
  it('win-back', () => {
    expect(messageOf('win-back', 'en')).toMatchInlineSnapshot(
      `"Dear 陈静, it has been a while! Your last order was on 2 Mar 2026, 267 days ago, and we value working with you. I would love your feedback, and we have a returning-customer offer ready for you. When would be a good time to talk?"`,
    );
  });
  it('post-purchase', () => {
    expect(messageOf('post-purchase', 'en')).toMatchInlineSnapshot(
      `"Dear Mr. Smith, thank you for your order on 20 Nov 2026! I wanted to make sure everything arrived safely and works as expected. If anything is not right, just let me know."`,
    );
  });
  it('birthday', () => {
    expect(messageOf('birthday', 'en')).toMatchInlineSnapshot(
      `"Dear 刘芳, happy early birthday for 27 Nov! Thank you and everyone at Acme Trading for your trust and support. Wishing you good health and a wonderful year ahead!"`,
    );
  });
  it('holiday (a batch of customers, greeted by no name)', () => {
    expect(messageOf('holiday', 'en')).toMatchInlineSnapshot(
      `"Dear customer, with New Year's Day coming up, thank you for your continued support. Wishing you and your family a joyful New Year's Day!"`,
    );
  });
  it('complaint', () => {
    expect(messageOf('complaint', 'en')).toMatchInlineSnapshot(
      `"Dear 孙丽, about the issue you reported (“收到的货物外包装破损，部分配件缺失”): it is now at the “Investigating” stage, and our next step is to work out a solution. We are sorry for the inconvenience and will keep you posted."`,
    );
  });
  it('satisfaction-survey', () => {
    expect(messageOf('satisfaction-survey', 'en')).toMatchInlineSnapshot(
      `"Dear Ms. Müller, the issue you reported was resolved on 22 Nov 2026. Could you spare a minute to rate how we handled it (1–5)? Your feedback matters a lot to us. Thank you!"`,
    );
  });
});

describe('messages for prospects', () => {
  it.each([
    [
      'zh',
      '孙女士您好，感谢您对我们的关注！想了解一下您目前的需求，方便的话我为您详细介绍合适的产品和方案。',
    ],
    [
      'en',
      'Dear Ms. Müller, thank you for your interest in us! I would love to hear what you are looking for and walk you through the options that fit best.',
    ],
  ] as const)('invite a prospect without mentioning orders (%s)', (language, message) => {
    const prospect =
      language === 'zh' ? { name: '孙丽', gender: '女' } : { name: 'Anna Müller', gender: 'F' };
    const [task] = planForPeople([{ record: prospect }], { config: { language } });
    expect(task).toMatchObject({ kind: 'revisit', message });
  });
});
