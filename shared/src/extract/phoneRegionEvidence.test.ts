import { describe, expect, it } from 'vitest';
import { regionOfTelLinks } from './phoneRegionEvidence.ts';

describe('regionOfTelLinks', () => {
  it.each<[string, string[], string | null]>([
    [
      'a Gujarat firm’s links, all to India',
      ['tel:+917926583740', 'tel:+91 98250 47163', 'tel:+917925834417'],
      'IN',
    ],
    ['two in three to Nigeria', ['tel:+2342012804410', 'tel:+2348094002200', 'tel:+442071234567'], 'NG'],
    ['one link alone says too little', ['tel:+917926583740'], null],
    ['the US is what the builder says already', ['tel:+14155550134', 'tel:+14155550135'], null],
    ['two countries evenly', ['tel:+2342012804410', 'tel:+442071234567'], null],
    ['numbers without their code say nothing', ['tel:07926583740', 'tel:9825047163'], null],
  ])('%s', (_, hrefs, region) => {
    expect(regionOfTelLinks(hrefs)).toBe(region);
  });
});
