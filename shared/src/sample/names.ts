import { type Random, WeightedPicker } from '../random/random.ts';

/**
 * Chinese surnames with their approximate share of the population (percent, after the 2020
 * census and the Ministry of Public Security's 2019 name report), and their pinyin for emails.
 */
// biome-ignore format: a data table reads best packed
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 7.12], ['李', 'li', 7.0], ['张', 'zhang', 6.74], ['刘', 'liu', 5.1], ['陈', 'chen', 4.61],
  ['杨', 'yang', 3.22], ['黄', 'huang', 2.45], ['赵', 'zhao', 2.29], ['吴', 'wu', 2.05], ['周', 'zhou', 1.97],
  ['徐', 'xu', 1.72], ['孙', 'sun', 1.54], ['马', 'ma', 1.29], ['朱', 'zhu', 1.28], ['胡', 'hu', 1.19],
  ['郭', 'guo', 1.18], ['何', 'he', 1.06], ['林', 'lin', 1.03], ['高', 'gao', 1.01], ['罗', 'luo', 0.91],
  ['郑', 'zheng', 0.84], ['梁', 'liang', 0.84], ['谢', 'xie', 0.76], ['宋', 'song', 0.66], ['唐', 'tang', 0.65],
  ['许', 'xu', 0.62], ['韩', 'han', 0.6], ['邓', 'deng', 0.6], ['冯', 'feng', 0.58], ['曹', 'cao', 0.56],
  ['彭', 'peng', 0.55], ['曾', 'zeng', 0.54], ['肖', 'xiao', 0.52], ['田', 'tian', 0.5], ['董', 'dong', 0.49],
  ['潘', 'pan', 0.47], ['袁', 'yuan', 0.46], ['蔡', 'cai', 0.45], ['蒋', 'jiang', 0.44], ['余', 'yu', 0.43],
  ['于', 'yu', 0.42], ['杜', 'du', 0.41], ['叶', 'ye', 0.4], ['程', 'cheng', 0.39], ['魏', 'wei', 0.37],
  ['苏', 'su', 0.36], ['吕', 'lv', 0.36], ['丁', 'ding', 0.35], ['任', 'ren', 0.34], ['卢', 'lu', 0.33],
  ['姚', 'yao', 0.32], ['沈', 'shen', 0.32], ['钟', 'zhong', 0.31], ['姜', 'jiang', 0.3], ['崔', 'cui', 0.29],
  ['谭', 'tan', 0.28], ['陆', 'lu', 0.27], ['范', 'fan', 0.26], ['汪', 'wang', 0.26], ['廖', 'liao', 0.25],
  ['石', 'shi', 0.25], ['金', 'jin', 0.24], ['韦', 'wei', 0.23], ['贾', 'jia', 0.22], ['夏', 'xia', 0.2],
  ['付', 'fu', 0.2], ['方', 'fang', 0.19], ['邹', 'zou', 0.18], ['熊', 'xiong', 0.18], ['白', 'bai', 0.17],
  ['孟', 'meng', 0.17], ['秦', 'qin', 0.16], ['邱', 'qiu', 0.16], ['侯', 'hou', 0.15], ['江', 'jiang', 0.15],
  ['尹', 'yin', 0.14], ['薛', 'xue', 0.13], ['闫', 'yan', 0.13], ['段', 'duan', 0.12], ['雷', 'lei', 0.12],
  ['龙', 'long', 0.11], ['黎', 'li', 0.1], ['史', 'shi', 0.1], ['陶', 'tao', 0.1], ['贺', 'he', 0.1],
  ['毛', 'mao', 0.09], ['郝', 'hao', 0.09], ['顾', 'gu', 0.09], ['龚', 'gong', 0.08], ['邵', 'shao', 0.08],
  ['万', 'wan', 0.08], ['覃', 'qin', 0.07], ['武', 'wu', 0.07], ['钱', 'qian', 0.07], ['戴', 'dai', 0.07],
  ['严', 'yan', 0.06], ['欧阳', 'ouyang', 0.03], ['司马', 'sima', 0.005], ['诸葛', 'zhuge', 0.005], ['上官', 'shangguan', 0.005],
];

/** Characters common in given names, with pinyin and a rough relative frequency. */
// biome-ignore format: a data table reads best packed
const GIVEN_CHARS: readonly (readonly [string, string, number])[] = [
  ['伟', 'wei', 9], ['芳', 'fang', 7], ['娜', 'na', 6], ['敏', 'min', 6], ['静', 'jing', 6], ['丽', 'li', 6],
  ['强', 'qiang', 6], ['磊', 'lei', 5], ['军', 'jun', 5], ['洋', 'yang', 5], ['勇', 'yong', 5], ['艳', 'yan', 5],
  ['杰', 'jie', 5], ['娟', 'juan', 4], ['涛', 'tao', 4], ['明', 'ming', 4], ['超', 'chao', 4], ['霞', 'xia', 4],
  ['平', 'ping', 4], ['刚', 'gang', 3], ['辉', 'hui', 3], ['玲', 'ling', 3], ['华', 'hua', 4], ['建', 'jian', 4],
  ['国', 'guo', 3], ['志', 'zhi', 3], ['文', 'wen', 3], ['红', 'hong', 3], ['海', 'hai', 3], ['晓', 'xiao', 4],
  ['婷', 'ting', 3], ['雪', 'xue', 2], ['鹏', 'peng', 3], ['宇', 'yu', 3], ['浩', 'hao', 3], ['子', 'zi', 3],
  ['梓', 'zi', 2], ['涵', 'han', 2], ['欣', 'xin', 3], ['怡', 'yi', 2], ['佳', 'jia', 3], ['俊', 'jun', 2],
  ['博', 'bo', 2], ['思', 'si', 2], ['琳', 'lin', 2], ['嘉', 'jia', 2], ['雨', 'yu', 2], ['晨', 'chen', 2],
  ['轩', 'xuan', 2], ['睿', 'rui', 2], ['颖', 'ying', 2], ['慧', 'hui', 2], ['倩', 'qian', 2], ['斌', 'bin', 2],
  ['飞', 'fei', 2], ['鑫', 'xin', 2], ['波', 'bo', 2], ['峰', 'feng', 2], ['云', 'yun', 2], ['凯', 'kai', 2],
  ['亮', 'liang', 2], ['宁', 'ning', 2], ['秀', 'xiu', 2], ['梅', 'mei', 2], ['兰', 'lan', 2], ['春', 'chun', 2],
  ['东', 'dong', 2], ['林', 'lin', 2], ['燕', 'yan', 2], ['琴', 'qin', 1], ['荣', 'rong', 1], ['新', 'xin', 1],
  ['成', 'cheng', 1], ['德', 'de', 1], ['永', 'yong', 1], ['振', 'zhen', 1], ['天', 'tian', 1], ['一', 'yi', 1],
  ['诗', 'shi', 1], ['欢', 'huan', 1], ['瑶', 'yao', 1], ['阳', 'yang', 1], ['帆', 'fan', 1], ['凡', 'fan', 1],
  ['然', 'ran', 1], ['彤', 'tong', 1], ['楠', 'nan', 1], ['丹', 'dan', 1],
];

/** Whole given names that are common as a unit (秀英, 建华 …). */
// biome-ignore format: a data table reads best packed
const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['秀英', 'xiuying'], ['桂英', 'guiying'], ['建华', 'jianhua'], ['建国', 'jianguo'], ['志强', 'zhiqiang'],
  ['晓东', 'xiaodong'], ['丽华', 'lihua'], ['子涵', 'zihan'], ['欣怡', 'xinyi'], ['浩然', 'haoran'],
  ['梓轩', 'zixuan'], ['雨涵', 'yuhan'], ['思远', 'siyuan'], ['一鸣', 'yiming'], ['海燕', 'haiyan'],
  ['婷婷', 'tingting'], ['丹丹', 'dandan'], ['明辉', 'minghui'], ['俊杰', 'junjie'], ['晓燕', 'xiaoyan'],
];

// biome-ignore format: a data table reads best packed
const ENGLISH_FIRST: readonly string[] = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Sarah', 'Emily', 'Daniel', 'Olivia', 'Thomas', 'Sophie', 'Chris', 'Anna', 'Mark',
  'Laura', 'Peter', 'Kevin', 'Jessica', 'Ryan', 'Grace', 'Oliver', 'Hannah', 'Lucas', 'Chloe',
  'Andrew', 'Rachel', 'Paul', 'Megan', 'Steven', 'Amy', 'Brian', 'Nicole', 'Jason', 'Helen',
];

// biome-ignore format: a data table reads best packed
const ENGLISH_LAST: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson',
  'Thomas', 'Moore', 'Martin', 'Lee', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright',
  'Scott', 'Green', 'Baker', 'Adams', 'Clark', 'Lewis', 'Robinson', 'Evans', 'Turner', 'Hughes',
  "O'Brien", 'Murphy', 'Schmidt', 'Müller', 'Tan', 'Lim', 'Wong', 'Nguyen', 'Kim', 'Patel',
];

const surnamePicker = new WeightedPicker(
  SURNAMES.map(([name, pinyin, weight]) => [[name, pinyin], weight] as const),
);
const givenPicker = new WeightedPicker(
  GIVEN_CHARS.map(([name, pinyin, weight]) => [[name, pinyin], weight] as const),
);

/** A person's name with the pieces an email address is made of. */
export interface PersonName {
  name: string;
  /** Romanised given name and family name, lower case ASCII. */
  given: string;
  family: string;
}

export function chineseName(random: Random): PersonName {
  const [surname, family] = surnamePicker.pick(random);
  const roll = random.next();
  if (roll < 0.28) {
    const [char, given] = givenPicker.pick(random);
    return { name: surname + char, given, family };
  }
  if (roll < 0.4) {
    const [chars, given] = random.pick(GIVEN_NAMES);
    return { name: surname + chars, given, family };
  }
  const [first, firstPinyin] = givenPicker.pick(random);
  let [second, secondPinyin] = givenPicker.pick(random);
  // Reduplicated given names (婷婷) exist but are rarer than a second draw makes them.
  if (second === first && random.chance(0.7)) [second, secondPinyin] = givenPicker.pick(random);
  return { name: surname + first + second, given: firstPinyin + secondPinyin, family };
}

export function englishName(random: Random): PersonName {
  const first = random.pick(ENGLISH_FIRST);
  const last = random.pick(ENGLISH_LAST);
  return {
    name: `${first} ${last}`,
    given: first.toLowerCase(),
    // Müller → muller, O'Brien → obrien: what people actually type in an address.
    family: last
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  };
}
