import type { SectionTexts } from './reportTextsSectionsType.ts';

const QUARTER = (from: string) => Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;

/** The zh texts of the sections a manager acts on. */
export const SECTION_TEXTS_ZH: SectionTexts = {
  comparisonHeading: '经营对比',
  periodWord: { month: '月', quarter: '季度', year: '年' },
  periodLabel: (period, from) =>
    ({
      month: `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月`,
      quarter: `${from.slice(0, 4)}年第${QUARTER(from)}季度`,
      year: `${from.slice(0, 4)}年`,
    })[period],
  comparisonIntro: (period, label) =>
    `最近一个完整的${{ month: '月', quarter: '季度', year: '年' }[period]}（${label}）与上一期及去年同期对比；销售额已扣除退款，已取消的订单不计。`,
  currentPeriod: '本期',
  previousPeriod: '上期',
  yearAgoPeriod: '去年同期',
  changeVsPrevious: '环比',
  changeVsYearAgo: '同比',
  comparedMetric: {
    revenue: '销售额（扣除退款）',
    orders: '订单数',
    buyers: '购买客户数',
    newCustomers: '新客户',
    averageOrderValue: '客单价',
    repeatRate: '复购率',
  },
  points: (signed) => `${signed} 个百分点`,
  partialNote: (label, to, elapsed, days, revenue, orders) =>
    `${label}截至 ${to} 尚未结束（已过 ${elapsed}/${days} 天），不参与对比：目前销售额 ${revenue}，订单 ${orders} 单。`,
  refundsNote: (refunds, total) => `本期退款 ${refunds} 笔，共 ${total}，已从销售额中扣除。`,
  dataEndsNote: (lastOrder, label, end) =>
    `订单表中最晚的订单日期是 ${lastOrder}，早于${label}的最后一天（${end}）：如果订单表是在${label}结束前导出的，${label}的数据不完整，环比和同比不能说明经营的变化。`,
  noComparison: '没有订单表，无法按期对比（需要每笔订单的日期）。',
  comparisonChartTitle: (label) => `销售额：${label}、上期与去年同期`,
  partialMonth: (month) => `${month}（未结束）`,
  hlPeriod: (label, revenue, vsPrevious, vsYearAgo) =>
    `${label}销售额 ${revenue}，环比 ${vsPrevious}，同比 ${vsYearAgo}。`,
  ownersHeading: '负责人',
  ownersIntro: (label) =>
    `每位负责人名下的客户、销售额（${label === null ? '累计' : `累计及${label}`}）、流失风险与已流失客户，以及未完成和已逾期的跟进任务。客户按客户表里现在写的负责人归属，换过负责人的客户，以前的销售额也计在现负责人名下。`,
  unassigned: '未分配',
  buyersHeader: '购买客户',
  withOwner: (customer, owner) => `${customer}（${owner}）`,
  lastPurchaseAgo: (days, share) => `最近一次购买在 ${days} 天前 · 占全部客户 ${share}`,
  activeNote: (days, newMaxDays, share) =>
    `最近一次购买在 ${days} 天前，不含首购在 ${newMaxDays} 天内的新客户 · 占全部客户 ${share}`,
  revenueAllTime: '累计销售额',
  revenueInPeriod: (label) => `${label}销售额`,
  followUpsOpen: '未完成跟进',
  followUpsOverdue: '已逾期',
  ownersChartTitle: (label) => `各负责人${label}销售额`,
  migrationHeading: '客户分群迁移',
  migrationIntro: (from, to) =>
    `${from} 的客户分群（按当时为止的订单重新计算）与今天（${to}）对比。每位客户只在一个格子里：行是原分群，列是现分群。`,
  segmentThen: (date) => `原分群（${date}）`,
  segmentNow: '现分群',
  migrationDirection: { down: '下滑', up: '回升' },
  migrationHighlights: '需要关注的迁移',
  migrationMove: (from, to) => `${from} → ${to}`,
  noMigration: '没有订单表，无法还原上期的客户分群。',
  noMigrationMoves: '没有从购买分群滑落或回升的客户。',
  cohortsHeading: '新客留存（按首购月份）',
  cohortsIntro:
    '每一行是在该月首次购买的客户；+1 月是首购后的下一个自然月，数值为当月再次购买的客户占比。未结束的本月不计。',
  cohort: '首购月份',
  monthOffset: (k) => `+${k} 月`,
  noCohorts: '没有订单表，无法计算新客留存。',
  loyaltyHeading: '客户忠诚度',
  nps: '净推荐值（NPS）',
  npsNote: (promoters, passives, detractors, responses) =>
    `${responses} 位客户作答：推荐者 ${promoters}、中立者 ${passives}、贬损者 ${detractors}（Reichheld 2003）`,
  noNps: '客户表没有“推荐意愿”或“NPS”列（0–10 分），无法计算净推荐值。',
  npsUnreadable: (count) =>
    `；另有 ${count} 个答案不是 0–10 的整数评分（如 11、“推荐”），未计入，见“数据质量”`,
  npsNoAnswers: (column, unreadable) =>
    `“${column}”列没有 0–10 的整数评分（${unreadable} 个答案无法识别，见“数据质量”），无法计算净推荐值。`,
  resolutionRate: '投诉解决率',
  resolutionRateNote: (resolved, complaints) => `${complaints} 条投诉中已结案 ${resolved} 条`,
  topCustomersHeading: (count) => `销售额最高的 ${count} 位客户`,
  revenueLast12: '近 12 个月',
  revenuePrior12: '前 12 个月',
  trend: '趋势',
  trendLabel: { up: '上升', flat: '持平', down: '下降', new: '新增', returned: '回流', lapsed: '停止购买' },
  definitionsHeading: '口径说明',
  definitionsIntro: '本报告、客户终身价值部分和跟进任务都按以下同一口径计算。',
  term: '名词',
  meaning: '口径',
  definitions: {
    'new-customer': {
      label: '新客户',
      text: (p) => `首次购买距今不超过 ${p.newMaxDays} 天的客户；按期对比时为首次购买落在该期内的客户。`,
    },
    active: {
      label: '活跃客户',
      text: (p) =>
        `最近一次购买距今不超过 ${p.activeMaxDays} 天的客户，不含新客户（首次购买距今不超过 ${p.newMaxDays} 天的客户单独计数）。`,
    },
    'high-value': {
      label: '高价值客户',
      text: (p) => `按累计消费从高到低排列，合计贡献前 ${p.highShare} 销售额的客户（价值层级“高价值”）。`,
    },
    'at-risk': {
      label: '流失风险客户',
      text: (p) => `最近一次购买距今 ${p.activeMaxDays + 1}–${p.atRiskMaxDays} 天的客户。`,
    },
    churned: { label: '已流失客户', text: (p) => `最近一次购买距今超过 ${p.atRiskMaxDays} 天的客户。` },
    'churn-warning': {
      label: '流失预警',
      text: (p) => `CLV 模型估计存活概率低于 ${p.churnThreshold} 的高价值客户，会生成挽回任务。`,
    },
    'value-at-stake': {
      label: '涉及价值',
      text: (p) =>
        `流失预警客户若仍在购买，未来 ${p.horizonMonths} 个月预计的销售额 × 已流失的概率；这部分不在预计销售额里，挽回成功即可增加。`,
    },
    'repeat-purchase-rate': {
      label: '复购率',
      text: () =>
        '购买过 2 次及以上的客户 ÷ 有购买记录的客户；按期对比时只看该期有购买的客户。订单按行计：同一天的两笔订单算两次购买，退款不算购买。',
    },
    owner: {
      label: '负责人',
      text: () =>
        '按客户表里现在写的负责人归属：客户换过负责人时，以前的订单和销售额也都计在现负责人名下。负责人按原样分组（去掉首尾空格），写法不同（如“王磊”和“王磊（华东）”）算作两人，空白计为未分配。',
    },
    overdue: {
      label: '逾期',
      text: () =>
        '上次计划中到期日早于今天且未在“完成”列打勾的任务，或已超过处理时限的投诉；逾期天数为实际天数。',
    },
  },
  doneTasks: '已完成',
  deferredTasks: '排不下的任务',
  deferredNote: (capacity, days) => `按每位负责人每天 ${capacity} 项，${days} 天内安排不下，留待以后的计划`,
  batchesNote: (batches, customers) => `其中 ${batches} 项为批量关怀，共覆盖 ${customers} 位客户`,
  busiestDay: (owner, date, tasks, capacity) =>
    `最忙的一天：${owner} 在 ${date} 有 ${tasks} 项（上限每天 ${capacity} 项）`,
  batchOf: (customers) => `共 ${customers} 位客户`,
};
