import type { Segment } from '../model/keys.ts';

/** A segment's strategy in one language: the aim and concrete actions. */
export interface PlaybookEntry {
  goal: string;
  actions: string[];
}

/**
 * The built-in strategy per segment (策略明确), in zh and en. Users override an entry with
 * `config.playbook[segment] = { zh, en }`.
 */
export const DEFAULT_PLAYBOOK: Record<Segment, { zh: PlaybookEntry; en: PlaybookEntry }> = {
  champions: {
    zh: {
      goal: '保持高满意度，放大口碑，提升客单价',
      actions: [
        '专属 VIP 服务与专属客户经理',
        '新品优先体验、内测邀请',
        '邀请推荐奖励（老带新）',
        '年度答谢活动或高端礼品',
      ],
    },
    en: {
      goal: 'Keep them delighted, turn them into advocates, grow basket size',
      actions: [
        'Dedicated VIP service and account manager',
        'Early access to new products and betas',
        'Referral rewards for introducing new customers',
        'Annual thank-you event or premium gift',
      ],
    },
  },
  'loyal-customers': {
    zh: {
      goal: '巩固忠诚度，交叉销售与升级销售',
      actions: [
        '会员积分与等级权益',
        '基于购买记录的交叉推荐',
        '邀请参与产品评价与案例分享',
        '定期关怀回访，收集改进建议',
      ],
    },
    en: {
      goal: 'Reinforce loyalty, cross-sell and up-sell',
      actions: [
        'Points and membership tier benefits',
        'Cross-sell recommendations based on purchase history',
        'Invite them to write reviews or case studies',
        'Regular care calls to collect feedback',
      ],
    },
  },
  'potential-loyalists': {
    zh: {
      goal: '提高购买频次，培养成忠诚客户',
      actions: ['推荐加入会员计划', '满额赠品或第二件优惠', '个性化产品推荐', '购后使用指导与关怀'],
    },
    en: {
      goal: 'Raise purchase frequency and grow them into loyal customers',
      actions: [
        'Invite them to the membership programme',
        'Spend-threshold gifts or second-item discounts',
        'Personalised product recommendations',
        'After-purchase usage tips and care',
      ],
    },
  },
  'new-customers': {
    zh: {
      goal: '做好首单体验，促成第二次购买',
      actions: [
        '欢迎礼包与新客专属优惠券',
        '购后 7 天回访，解答使用问题',
        '添加企业微信，推送使用指南',
        '首单后 30 天内的复购激励',
      ],
    },
    en: {
      goal: 'Make the first purchase a great experience and win the second',
      actions: [
        'Welcome pack and new-customer coupon',
        'Check in 7 days after purchase to answer questions',
        'Connect on WeChat Work and share a getting-started guide',
        'Repeat-purchase incentive within 30 days of the first order',
      ],
    },
  },
  promising: {
    zh: {
      goal: '建立品牌认知，培养购买习惯',
      actions: ['品牌故事与产品价值介绍', '限时体验装或试用活动', '邀请参加线上线下活动', '定期推送实用内容'],
    },
    en: {
      goal: 'Build brand awareness and a buying habit',
      actions: [
        'Share the brand story and product value',
        'Limited-time trial packs',
        'Invite them to online or in-person events',
        'Send useful content on a regular schedule',
      ],
    },
  },
  'need-attention': {
    zh: {
      goal: '重新激发兴趣，防止滑向沉睡',
      actions: ['电话回访了解需求变化', '限时专属优惠', '根据历史偏好推荐新品', '满意度小调查'],
    },
    en: {
      goal: 'Rekindle interest before they drift away',
      actions: [
        'Call to learn how their needs have changed',
        'Limited-time personal offer',
        'Recommend new products matching past preferences',
        'Short satisfaction survey',
      ],
    },
  },
  'about-to-sleep': {
    zh: {
      goal: '在沉睡前唤醒',
      actions: ['微信或短信唤醒关怀', '限时回归优惠券', '推荐热销与高评价产品', '了解未再购买的原因'],
    },
    en: {
      goal: 'Wake them up before they fall asleep',
      actions: [
        'WeChat or SMS reactivation message',
        'Limited-time come-back coupon',
        'Recommend best-sellers and top-rated products',
        'Ask why they have not bought again',
      ],
    },
  },
  'at-risk': {
    zh: {
      goal: '尽快挽回曾经的好客户',
      actions: [
        '一对一电话回访，了解不满原因',
        '限时专属优惠或回归礼',
        '负责人跟进解决遗留问题',
        '恢复定期联系节奏',
      ],
    },
    en: {
      goal: 'Win back former good customers quickly',
      actions: [
        'One-to-one call to find out what went wrong',
        'Limited-time personal offer or come-back gift',
        'Owner follows up on any unresolved issue',
        'Restore a regular contact rhythm',
      ],
    },
  },
  'cannot-lose-them': {
    zh: {
      goal: '不惜代价挽回高价值客户',
      actions: [
        '主管或客户经理上门拜访',
        '定制化挽回方案与专属权益',
        '排查并解决历史投诉',
        '每周跟进直至恢复购买',
      ],
    },
    en: {
      goal: 'Win back high-value customers at almost any cost',
      actions: [
        'Visit by a manager or the account manager',
        'Tailored win-back plan with exclusive benefits',
        'Review and resolve past complaints',
        'Weekly follow-up until they buy again',
      ],
    },
  },
  hibernating: {
    zh: {
      goal: '低成本唤醒，识别可挽回客户',
      actions: [
        '邮件或短信推送大促信息',
        '低成本唤醒优惠',
        '长期无响应则降低联系频次',
        '更新联系方式与需求信息',
      ],
    },
    en: {
      goal: 'Low-cost reactivation; find who is still worth winning back',
      actions: [
        'Email or SMS about major promotions',
        'Low-cost reactivation offer',
        'Contact less often when they stay silent',
        'Refresh contact details and needs',
      ],
    },
  },
  prospect: {
    zh: {
      goal: '促成首次购买',
      actions: ['首单优惠或免费试用', '了解需求并推荐合适产品', '分享客户案例建立信任', '销售定期跟进'],
    },
    en: {
      goal: 'Win the first purchase',
      actions: [
        'First-order discount or free trial',
        'Learn their needs and recommend a fitting product',
        'Share customer stories to build trust',
        'Regular follow-up by sales',
      ],
    },
  },
};
