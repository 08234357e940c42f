// Customer lifetime value and churn risk: BG/NBD (Fader, Hardie & Lee 2005) + Gamma-Gamma
// (Fader, Hardie & Lee 2005, "RFM and CLV"), pure TypeScript.
export { aliveExpectation } from './aliveExpectation.ts';
export {
  analyzeClv,
  type ClvAnalysis,
  type ClvOptions,
  type CustomerPrediction,
  MIN_REPEAT_CUSTOMERS,
} from './analyzeClv.ts';
export { type AtRiskCustomer, atRiskCustomers } from './atRiskCustomers.ts';
export { bgNbdLogLikelihood } from './bgNbdLikelihood.ts';
export {
  conditionalExpectedPurchases,
  /** Alias of conditionalExpectedPurchases (the name API.md plans). */
  conditionalExpectedPurchases as expectedPurchases,
  pAlive,
  unconditionalExpectedPurchases,
} from './bgNbdPredictions.ts';
export { clvDistribution } from './clvDistribution.ts';
export { type ClvFit, type ClvFitCache, clvFitFingerprint } from './clvFitCache.ts';
export {
  type BgNbdParams,
  DAYS_PER_MONTH,
  type GammaGammaParams,
  type RfmTriple,
  type TimeUnit,
  UNIT_DAYS,
} from './clvTypes.ts';
export {
  type AliveForecast,
  forecastIfAlive,
  forecastPurchases,
  type LifetimeValueOptions,
  type PurchaseForecast,
} from './customerLifetimeValue.ts';
export { type BgNbdFit, fitBgNbd } from './fitBgNbd.ts';
export { fitGammaGamma, type GammaGammaFit } from './fitGammaGamma.ts';
export { gammaGammaLogLikelihood } from './gammaGammaLikelihood.ts';
export { conditionalExpectedAverageSpend, populationMeanSpend } from './gammaGammaSpend.ts';
export { groupRfm, type RfmGroups } from './groupRfm.ts';
export { hyp2f1 } from './hyp2f1.ts';
export { type ClvPrediction, predictCustomerClv } from './predictCustomerClv.ts';
export {
  type SimulatedCustomer,
  type SimulationOptions,
  simulateClvCustomers,
  simulatedTransactions,
} from './simulateClvCustomers.ts';
export {
  type CustomerHistory,
  type KeyedTransactionColumns,
  summarizeTransactionColumns,
  summarizeTransactions,
  type Transaction,
  type TransactionColumns,
  type TransactionSummary,
} from './summarizeTransactions.ts';
