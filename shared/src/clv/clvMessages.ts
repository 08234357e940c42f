import type { Language } from '../model/keys.ts';

// Notes and errors of the CLV analysis, in the user's language. Kept apart from the
// maths so that the wording can change without touching the models.

const fmt = (value: number, digits = 3) => Number(value.toPrecision(digits)).toString();
const pct = (share: number) => `${fmt(share * 100)} %`;
const list = (ids: readonly string[]) =>
  ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', ');

const en = {
  noCustomers: (end: string) =>
    `No usable purchases on or before ${end}: there is nothing to fit the CLV models on.`,
  singleCustomer: () =>
    'Only one customer has purchases; the CLV models estimate population parameters and need many customers.',
  allOneTime: (n: number) =>
    `All ${n} customers bought on a single day only; without repeat purchases the purchase and dropout rates cannot be estimated.`,
  fewRepeaters: (k: number, n: number, min: number) =>
    `Only ${k} of ${n} customers made a repeat purchase; at least ${min} repeat customers are needed to fit the CLV models.`,
  fewSpenders: (k: number, min: number) =>
    `Only ${k} repeat customers have a positive mean repeat spend; the spend model needs at least ${min}.`,
  fitFailed: (model: string, detail: string) =>
    `The ${model} model could not be fitted to this data (${detail}).`,
  bgnbd: (n: number, k: number, p: { r: number; alpha: number; a: number; b: number }, ll: number) =>
    `BG/NBD fitted on ${n} customers (${k} repeat buyers): r = ${fmt(p.r, 4)}, α = ${fmt(p.alpha, 4)}, a = ${fmt(p.a, 4)}, b = ${fmt(p.b, 4)}, log-likelihood ${ll.toFixed(1)}.`,
  notConverged: (model: string) =>
    `The ${model} fit stopped before fully converging (a parameter is drifting towards 0 or infinity); treat the predictions with caution.`,
  equalDropout: (p: number) =>
    `BG/NBD reached a limiting case: a and b grow without bound while a/(a+b) stays at ${pct(p)}, so every customer is equally likely (${pct(p)}) to stop buying after each purchase. The predictions use that limit.`,
  equalRate: (rate: number, unit: string) =>
    `BG/NBD reached a limiting case: r and α grow without bound while r/α stays at ${fmt(rate)} purchases per ${unit}, so every active customer buys at the same rate. The predictions use that limit.`,
  equalSpend: (mean: number) =>
    `Gamma-Gamma reached a limiting case: q and γ grow without bound, so every customer's mean spend per purchase is the same (about ${fmt(mean, 4)}) and a customer's own average does not move the prediction. The predictions use that limit.`,
  gammaGamma: (k: number, p: { p: number; q: number; gamma: number }, mean: number | null) =>
    `Gamma-Gamma fitted on ${k} repeat customers: p = ${fmt(p.p, 4)}, q = ${fmt(p.q, 4)}, γ = ${fmt(p.gamma, 4)}` +
    (mean === null ? '.' : `; expected spend per purchase ${fmt(mean, 4)}.`),
  excludedSpend: (ids: readonly string[]) =>
    `${ids.length} repeat customer(s) with zero or negative mean repeat spend were left out of the spend model and get an expected spend of 0: ${list(ids)}.`,
  infiniteMean: (fallback: number) =>
    `The spend model has q ≤ 1 (no finite mean spend); one-time buyers get the observed mean repeat spend ${fmt(fallback, 4)} instead.`,
  correlated: (rho: number) =>
    `Purchase frequency and mean spend are correlated (ρ = ${rho.toFixed(2)}); the Gamma-Gamma model assumes they are independent, so spend predictions may be biased.`,
  fewData: (k: number) => `Only ${k} repeat customers: the parameter estimates are uncertain.`,
  afterEnd: (n: number, end: string) => `${n} transaction(s) dated after ${end} were ignored for fitting.`,
  unusable: (n: number) => `${n} transaction(s) with an unusable date or amount were ignored.`,
  horizon: (horizon: number, unit: string, rate: number) =>
    `Predictions cover the next ${fmt(horizon, 4)} ${unit}s; CLV is discounted at ${fmt(rate * 100)} % a year.`,
  notInTable: (n: number) =>
    `${n} customer(s) in the orders are not in the customer table; they were used for fitting only.`,
  atRisk: (n: number, threshold: number) =>
    `${n} high-value customer(s) (value tier High) have P(alive) below ${threshold}: churn warning.`,
};

type Messages = typeof en;

const zh: Messages = {
  noCustomers: (end) => `${end} 及之前没有可用的购买记录，无法拟合 CLV 模型。`,
  singleCustomer: () => '只有一位客户有购买记录；CLV 模型估计的是总体参数，需要较多客户。',
  allOneTime: (n) => `全部 ${n} 位客户都只在一天内购买过；没有复购就无法估计购买率和流失率。`,
  fewRepeaters: (k, n, min) => `${n} 位客户中只有 ${k} 位有复购；拟合 CLV 模型至少需要 ${min} 位复购客户。`,
  fewSpenders: (k, min) => `只有 ${k} 位复购客户的平均复购金额为正；消费金额模型至少需要 ${min} 位。`,
  fitFailed: (model, detail) => `无法用这些数据拟合 ${model} 模型（${detail}）。`,
  bgnbd: (n, k, p, ll) =>
    `BG/NBD 模型基于 ${n} 位客户（${k} 位复购）拟合：r = ${fmt(p.r, 4)}，α = ${fmt(p.alpha, 4)}，a = ${fmt(p.a, 4)}，b = ${fmt(p.b, 4)}，对数似然 ${ll.toFixed(1)}。`,
  notConverged: (model) => `${model} 拟合未完全收敛（有参数趋向 0 或无穷大），预测结果仅供参考。`,
  equalDropout: (p) =>
    `BG/NBD 拟合到达极限情形：a、b 无限增大而 a/(a+b) 保持 ${pct(p)}，即每位客户每次购买后停止购买的概率相同（${pct(p)}）。预测按此极限计算。`,
  equalRate: (rate, unit) =>
    `BG/NBD 拟合到达极限情形：r、α 无限增大而 r/α 保持每${unit === 'week' ? '周' : '天'} ${fmt(rate)} 次，即所有活跃客户的购买频率相同。预测按此极限计算。`,
  equalSpend: (mean) =>
    `Gamma-Gamma 拟合到达极限情形：q、γ 无限增大，即每位客户每次购买的平均金额相同（约 ${fmt(mean, 4)}），客户自己的历史均值不影响预测。预测按此极限计算。`,
  gammaGamma: (k, p, mean) =>
    `Gamma-Gamma 模型基于 ${k} 位复购客户拟合：p = ${fmt(p.p, 4)}，q = ${fmt(p.q, 4)}，γ = ${fmt(p.gamma, 4)}` +
    (mean === null ? '。' : `；每次购买的期望金额 ${fmt(mean, 4)}。`),
  excludedSpend: (ids) =>
    `${ids.length} 位复购客户的平均复购金额为零或负数，未参与消费金额模型，其期望金额记为 0：${list(ids)}。`,
  infiniteMean: (fallback) =>
    `消费金额模型的 q ≤ 1（总体均值不存在）；只购买过一次的客户改用观测到的平均复购金额 ${fmt(fallback, 4)}。`,
  correlated: (rho) =>
    `购买频次与平均金额相关（ρ = ${rho.toFixed(2)}）；Gamma-Gamma 模型假设二者独立，金额预测可能有偏差。`,
  fewData: (k) => `只有 ${k} 位复购客户：参数估计的不确定性较大。`,
  afterEnd: (n, end) => `${n} 笔晚于 ${end} 的交易未参与拟合。`,
  unusable: (n) => `${n} 笔日期或金额无法使用的交易已忽略。`,
  horizon: (horizon, unit, rate) =>
    `预测期为未来 ${fmt(horizon, 4)} ${unit === 'week' ? '周' : '天'}；CLV 按年折现率 ${fmt(rate * 100)}% 折现。`,
  notInTable: (n) => `订单中有 ${n} 位客户不在客户表中，仅用于拟合。`,
  atRisk: (n, threshold) =>
    `${n} 位高价值客户（价值层级为“高价值”）的存活概率低于 ${threshold}，发出流失预警。`,
};

const MESSAGES: Readonly<Record<Language, Messages>> = { zh, en };

/** The CLV notes and error messages in one language. */
export function clvMessages(language: Language): Messages {
  return MESSAGES[language];
}
