import { describe, expect, it } from 'vitest';
import { bgNbdLimits, gammaGammaLimits } from './fitLimits.ts';

describe('fit limits', () => {
  it.each([
    // CDNOW's fit: an ordinary interior optimum.
    [{ r: 0.2426, alpha: 4.414, a: 0.7929, b: 2.426 }, []],
    // A steady B2B ledger: everyone drops out alike after a purchase.
    [{ r: 0.8758, alpha: 2.568, a: 1.679e9, b: 9.493e9 }, ['equal-dropout']],
    [{ r: 3e7, alpha: 9e8, a: 0.5, b: 2 }, ['equal-rate']],
    // One parameter large alone is no ridge.
    [{ r: 0.5, alpha: 2, a: 3e6, b: 4 }, []],
  ])('BG/NBD %j → %j', (params, limits) => {
    expect(bgNbdLimits(params)).toEqual(limits);
  });

  it.each([
    [{ p: 6.25, q: 3.74, gamma: 15.44 }, []],
    [{ p: 0.2694, q: 2.14e7, gamma: 1.708e11 }, ['equal-spend']],
  ])('Gamma-Gamma %j → %j', (params, limits) => {
    expect(gammaGammaLimits(params)).toEqual(limits);
  });
});
