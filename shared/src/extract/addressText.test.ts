import { describe, expect, it } from 'vitest';
import { looksLikeAddress } from './addressText.ts';

describe('looksLikeAddress', () => {
  it.each<[string, boolean]>([
    ['Room 1203, 88 Century Avenue, Pudong', true],
    ['2400 N Lincoln Ave, Chicago, IL 60614', true],
    ['上海市浦东新区世纪大道88号1203室', true],
    // The Gulf's: a street by its number, a shed or a plot by theirs, a P.O. Box.
    ['Industrial Area 4, Street 11, Shed No. 27, Sharjah', true],
    ['Plot S30211, JAFZA South, Jebel Ali', true],
    ['P.O. Box 51427, Dubai, UAE', true],
    ['Shop 12, Al Quoz Industrial Area 3', true],
    ['Gulf Meridian Auto Spare Parts Trading LLC', false],
    ['Sales Executive, Toyota', false],
    ['Sat – Thu: 8:30 AM – 1:00 PM', false],
    ['Call us. Street parking is free after 6', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeAddress(text)).toBe(expected);
  });
});
