import { describe, expect, it } from 'vitest';
import { countryOfAddress } from './countryOfAddress.ts';

describe('countryOfAddress', () => {
  it.each([
    ['澳門新口岸友誼大馬路 1188 號', 'MO'],
    ['Avenida da Amizade 1188, Macau', 'MO'],
    ['台中市大里區工業十一路 88 號', 'TW'],
    ['404336 臺中市北區三民路三段 129 號', 'TW'],
    ['新北市板橋區文化路一段 100 號 5 樓', 'TW'],
    ['彰化縣鹿港鎮中山路 200 號', 'TW'],
  ])('reads %s as %s', (address, country) => {
    expect(countryOfAddress(address)).toBe(country);
  });

  it.each([
    ['香港九龍觀塘開源道 55 號開聯工業中心 A 座 12 樓', 'HK'],
    ['臺灣高雄市前鎮區成功二路 25 號', 'TW'],
    ['浙江省台州市椒江区市府大道 1 号', 'CN'],
    ['重庆市九龙坡区科园一路 3 号', 'CN'],
    ['上海市浦东新区张江路 88 号', 'CN'],
  ])("still reads %s as %s, as it did before Taiwan's cities and Macau were known", (address, country) => {
    expect(countryOfAddress(address)).toBe(country);
  });
});
