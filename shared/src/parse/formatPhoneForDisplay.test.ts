import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay } from './formatPhoneForDisplay.ts';

describe('formatPhoneForDisplay', () => {
  it.each([
    ['+8613912345678', '+86 139 1234 5678'],
    ['+862161234567', '+86 21 6123 4567'],
    ['+14155550100', '+1 415 555 0100'],
    ['+85223456789', '+852 2345 6789'],
    ['not a phone', 'not a phone'],
  ])('shows %s as %s', (e164, shown) => {
    expect(formatPhoneForDisplay(e164)).toBe(shown);
  });
});
