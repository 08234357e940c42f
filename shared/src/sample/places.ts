import type { Random } from '../random/random.ts';

/** A city with what its addresses and landline numbers are made of. */
export interface City {
  name: string;
  pinyin: string;
  /** Landline area code without the trunk 0 (21 for Shanghai: 021-…). */
  areaCode: string;
  /** Digits of a local landline number. */
  localDigits: number;
  districts: readonly string[];
  roads: readonly string[];
  /** Relative share of customers. */
  weight: number;
}

// biome-ignore format: a data table reads best packed
export const CITIES: readonly City[] = [
  { name: '上海', pinyin: 'shanghai', areaCode: '21', localDigits: 8, weight: 16, districts: ['浦东新区', '徐汇区', '闵行区', '静安区', '长宁区', '嘉定区'], roads: ['张江路', '宜山路', '虹桥路', '南京西路', '世纪大道', '金科路'] },
  { name: '北京', pinyin: 'beijing', areaCode: '10', localDigits: 8, weight: 12, districts: ['朝阳区', '海淀区', '丰台区', '大兴区', '东城区'], roads: ['中关村大街', '建国路', '望京街', '学院路', '酒仙桥路'] },
  { name: '杭州', pinyin: 'hangzhou', areaCode: '571', localDigits: 8, weight: 9, districts: ['西湖区', '滨江区', '余杭区', '拱墅区'], roads: ['文三路', '江南大道', '文一西路', '莫干山路'] },
  { name: '深圳', pinyin: 'shenzhen', areaCode: '755', localDigits: 8, weight: 10, districts: ['南山区', '福田区', '龙岗区', '宝安区'], roads: ['科技园南路', '深南大道', '华强北路', '宝安大道'] },
  { name: '广州', pinyin: 'guangzhou', areaCode: '20', localDigits: 8, weight: 8, districts: ['天河区', '越秀区', '番禺区', '白云区'], roads: ['天河路', '中山五路', '广州大道', '黄埔大道'] },
  { name: '苏州', pinyin: 'suzhou', areaCode: '512', localDigits: 8, weight: 6, districts: ['工业园区', '吴中区', '相城区', '姑苏区'], roads: ['星湖街', '金鸡湖大道', '东环路'] },
  { name: '南京', pinyin: 'nanjing', areaCode: '25', localDigits: 8, weight: 5, districts: ['鼓楼区', '江宁区', '建邺区', '玄武区'], roads: ['中山路', '江东中路', '龙蟠路'] },
  { name: '成都', pinyin: 'chengdu', areaCode: '28', localDigits: 8, weight: 6, districts: ['高新区', '武侯区', '锦江区', '成华区'], roads: ['天府大道', '人民南路', '蜀都大道'] },
  { name: '武汉', pinyin: 'wuhan', areaCode: '27', localDigits: 8, weight: 5, districts: ['洪山区', '江汉区', '武昌区'], roads: ['光谷大道', '解放大道', '中北路'] },
  { name: '宁波', pinyin: 'ningbo', areaCode: '574', localDigits: 8, weight: 3, districts: ['鄞州区', '北仑区', '海曙区'], roads: ['天童南路', '中山东路'] },
  { name: '厦门', pinyin: 'xiamen', areaCode: '592', localDigits: 7, weight: 3, districts: ['思明区', '湖里区', '集美区'], roads: ['湖滨南路', '嘉禾路'] },
  { name: '青岛', pinyin: 'qingdao', areaCode: '532', localDigits: 8, weight: 3, districts: ['市南区', '崂山区', '黄岛区'], roads: ['香港中路', '海尔路'] },
  { name: '天津', pinyin: 'tianjin', areaCode: '22', localDigits: 8, weight: 4, districts: ['和平区', '南开区', '滨海新区'], roads: ['南京路', '卫津路', '黄海路'] },
  { name: '重庆', pinyin: 'chongqing', areaCode: '23', localDigits: 8, weight: 4, districts: ['渝中区', '江北区', '渝北区'], roads: ['解放碑步行街', '建新北路', '金开大道'] },
  { name: '西安', pinyin: 'xian', areaCode: '29', localDigits: 8, weight: 3, districts: ['雁塔区', '碑林区', '未央区'], roads: ['高新路', '长安北路', '凤城八路'] },
  { name: '东莞', pinyin: 'dongguan', areaCode: '769', localDigits: 8, weight: 3, districts: ['南城街道', '长安镇', '松山湖'], roads: ['鸿福路', '东莞大道'] },
];

const BUILDINGS = ['', '', 'A座', 'B座', '科技大厦', '国际中心', '创业园'];

/** A Chinese street address, written the several ways people write them. */
export function chineseAddress(random: Random, city: City): string {
  const district = random.pick(city.districts);
  const road = random.pick(city.roads);
  const number = random.between(1, 1888);
  const building = random.pick(BUILDINGS);
  const floor = random.chance(0.5)
    ? `${random.between(2, 28)}楼`
    : `${random.between(1, 30)}0${random.between(1, 9)}室`;
  const style = random.next();
  if (style < 0.5) return `${city.name}市${district}${road}${number}号${building}${floor}`;
  if (style < 0.75) return `${city.name}${district}${road}${number}号`;
  if (style < 0.9) return `${city.name}市 ${district} ${road} ${number} 号 ${floor}`;
  return `${district}${road}${number}号${building}`;
}

// biome-ignore format: a data table reads best packed
const FOREIGN_STREETS: readonly (readonly [string, string])[] = [
  ['Market St', 'San Francisco, CA 94103'], ['Broadway', 'New York, NY 10012'], ['Orchard Road', 'Singapore 238879'],
  ['Queen’s Road Central', 'Central, Hong Kong'], ['King Street', 'London EC2V 8AU'], ['Collins St', 'Melbourne VIC 3000'],
];

export function englishAddress(random: Random): string {
  const [street, city] = random.pick(FOREIGN_STREETS);
  return `${random.between(1, 2400)} ${street}, ${city}`;
}
