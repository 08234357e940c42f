import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerRecord } from '../followups/testFixtures.ts';
import { nameIndexesOf, nameKeyOf } from './contactIndex.ts';
import { customerIndexesOf } from './derivePurchaseStats.ts';
import { namedBuyerId } from './orderColumns.ts';

describe('nameKeyOf', () => {
  it.each([
    ['广州联创建材有限公司 ', '广州联创建材有限公司'],
    ['珠海（横琴）海星科技有限公司', '珠海(横琴)海星科技有限公司'],
    ['Harbor  &  Co.', 'harbor and co.'],
    ['Emily &Jake Turner', 'emily and jake turner'],
    ['ＡＢＣ　Trading', 'abc trading'],
    // Nothing is dropped: a short name is another name.
    ['联创建材', '联创建材'],
  ])('%j is compared as %j', (written, key) => {
    expect(nameKeyOf(written)).toBe(key);
  });

  it('gives a key that is its own key (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const key = nameKeyOf(text);
        expect(nameKeyOf(key)).toBe(key);
      }),
    );
  });
});

describe('nameIndexesOf', () => {
  const records = [
    customerRecord(2, { name: '韦晓燕', company: '广州联创建材有限公司' }),
    customerRecord(3, { name: '张伟', company: null }),
    customerRecord(4, { name: 'Anna Lee', company: 'Bright Pixel Studio' }),
    customerRecord(5, { name: '张伟', company: null }),
    // The same company on two rows: two contacts of one customer, or one customer twice.
    customerRecord(6, { name: '王总', company: '东莞宏达' }),
    customerRecord(7, { name: '李经理', company: '东莞宏达' }),
    // A name that is the row's own company too matches that row once, not twice.
    customerRecord(8, { name: '刘洋', company: '刘洋' }),
    // An ERP's archive: the full name and the short name a delivery note writes instead.
    customerRecord(9, { name: '刘敏', company: '南京紫金山文化传媒有限公司', shortName: '紫金山传媒' }),
    // A salesperson's WeChat list: the customer's name and the nickname she goes by there.
    customerRecord(10, { name: '陈阿姨', nickname: '平安是福🙏' }),
    // Two customers who chose one nickname.
    customerRecord(11, { name: '王芳', nickname: '芳芳' }),
    customerRecord(12, { name: '刘芳', nickname: '芳芳' }),
    // Companies an order may name without their legal form.
    customerRecord(13, { name: 'Mohammed Al Hashimi', company: 'Al Fajr Electronics Trading LLC' }),
    customerRecord(14, { name: '林总', company: '深圳市沃克森科技有限公司' }),
    customerRecord(15, { name: 'Jonas Schmidt', company: 'Elektro Schmidt GmbH' }),
    customerRecord(16, { name: 'Karl Schmidt', company: 'Elektro Schmidt AG' }),
    // A WeChat nickname an order writes without its emoji.
    customerRecord(17, { name: '周阿姨', nickname: '🌿清风徐来🌿' }),
    customerRecord(18, { name: 'Kasia Nowak', company: 'Kasia & Co' }),
    // One customer listed again further down after moving house: the same mobile.
    customerRecord(19, { name: 'Graham Whitlock', mobile: '+64210883321' }),
    customerRecord(20, { name: 'Graham Whitlock', mobile: '+64210883321' }),
    // A wedding photographer's couples: written together, or with the partner in a column of theirs.
    customerRecord(21, { name: 'Emily & Jake Turner' }),
    customerRecord(22, { name: 'Sarah Kim', partner: 'Daniel Reyes' }),
    customerRecord(23, { name: 'Dr. Anita Patel' }),
    customerRecord(24, { name: 'Mei Lin Tan' }),
    // A Japanese shop's customers, written with a space between the family and the given name or
    // without; two of one family name.
    customerRecord(25, { name: '山口 正子' }),
    customerRecord(26, { name: '佐藤健一' }),
    customerRecord(27, { name: '鈴木 大輔' }),
    customerRecord(28, { name: '鈴木 花子' }),
    // A distributor's customers by owner, their stores beside.
    customerRecord(29, { name: 'Carmen Reyes', company: 'Sto. Niño Academy Canteen' }),
    customerRecord(30, { name: 'Dodong Alvarez', company: 'Dodong Lechon Manok' }),
    customerRecord(31, { name: 'Nena Villanueva', company: "Nena's Sari-Sari Store" }),
    // Chinese companies whose names start with their place.
    customerRecord(32, { name: '陈建国', company: '厦门品茗轩茶楼', shortName: '品茗轩' }),
    customerRecord(33, { name: '吴经理', company: '厦门海沧海悦大酒店' }),
    customerRecord(34, { name: '郑总', company: '福州海悦大酒店' }),
    // Remarks saying how the customer is called, or a name of theirs.
    customerRecord(35, { name: '王晓燕', note: '王姐，带小狗（泰迪），已同意' }),
    customerRecord(36, { name: 'Lisa Zhang', note: '中文名张丽莎，上海人；第二次直接微信订的' }),
    customerRecord(37, { name: '王丽', note: '王姐，两只猫一起带来' }),
    // Customers abroad: a nickname cell of several names, a family name first, Thai and Kenyan names.
    customerRecord(38, { name: 'PT Sinar Jaya Abadi', nickname: 'PT SJA – Bu Dewi (HRD)' }),
    customerRecord(39, { name: 'Lina Marlina', nickname: 'Bu Lina (Arisan RT 05)' }),
    customerRecord(40, { name: 'Hoffmann, Dr. Sabine' }),
    customerRecord(41, { name: 'อรวรรณ ศักดิ์สิทธิ์' }),
    customerRecord(42, { name: 'Peter Otieno Ouma', nickname: 'Mzee Peter' }),
    customerRecord(43, { name: 'Hendra Gunawan' }),
    // A Polish car-parts shop's regulars (workshops under their owners' names, a firm, people), a
    // Turkish wholesaler's shop with its owner in brackets, a Brazilian practice's child patient.
    customerRecord(44, { name: 'Mechanika Pojazdowa Tadeusz Baran' }),
    customerRecord(45, { name: 'Wulkanizacja „Gumiak” Piotr Zając' }),
    customerRecord(46, { name: 'Przedsiębiorstwo Transportowe NOWTRANS Sp. z o.o.' }),
    customerRecord(47, { name: 'Anna Szymańska' }),
    customerRecord(48, { name: 'Mechanika Samochodowa Kowal' }),
    customerRecord(49, { name: 'Selin Kaya (butik, Kadıköy)' }),
    customerRecord(50, { name: 'Davi Oliveira Santos' }),
    // A Rotterdam bicycle shop's customers (a courier firm, private people) and a Đà Nẵng
    // wholesaler's fishcake seller.
    customerRecord(51, { name: 'Fietskoeriers Maas B.V.' }),
    customerRecord(52, { name: 'Jan-Willem de Groot' }),
    customerRecord(53, { name: 'Thijs Bakker' }),
    customerRecord(54, { name: 'Annie Visser' }),
    customerRecord(55, { name: 'Nguyễn Thị Lài' }),
    // A Lyon traiteur's firms, with their legal forms, and a private customer in the column of
    // the firms; a Brno practice's client, family name first.
    customerRecord(56, { company: 'Laboratoires Rhodalis SAS' }),
    customerRecord(57, { company: "Presqu'île Events SARL" }),
    customerRecord(58, { company: 'Marie-Claude Vidal' }),
    customerRecord(59, { name: 'Kovářová Alena' }),
    // A Bologna hardware store's firms and private customers in one column, surname first; a
    // Harbin wholesaler's Russian buyer, his name in Chinese in brackets.
    customerRecord(60, { company: 'Tecnoimpianti Emiliani s.p.a.', name: 'Ing. Davide Emiliani' }),
    customerRecord(61, { company: 'Lambertini Franca' }),
    customerRecord(62, { company: '伊万诺夫', name: 'Сергей（谢尔盖）' }),
    // A Taoyuan grocery's Vietnamese regulars: workers in dormitories, a broker, an eatery named in
    // both scripts.
    customerRecord(63, { name: 'Trần Văn Hùng', address: 'KTX 平鎮 A304', note: 'ghi sổ; 阿明 gọi là 阿雄' }),
    customerRecord(64, { name: 'Lê Thị Thu', address: '八德區' }),
    customerRecord(65, { name: '蓮花人力仲介 (Cty Hoa Sen)' }),
    customerRecord(66, { name: 'Quán Phở Hà Nội 河內河粉' }),
    // A Centurion party-hire business's clients: a school, a firm and people in one column.
    customerRecord(67, { name: 'Sarie Joubert' }),
    customerRecord(68, { name: 'Laerskool Die Wilgers' }),
    customerRecord(69, { name: 'Ubuntu Events & Catering (Pty) Ltd' }),
    customerRecord(70, { name: 'Johan & Marietjie Pretorius' }),
    // A Zhengzhou farm-supply shop's farmers and a village co-operative.
    customerRecord(71, { name: '马德胜', address: '马庄' }),
    customerRecord(72, { name: '张国富' }),
    customerRecord(73, { name: '中牟县丰泽蔬菜种植专业合作社' }),
    // A Thessaloniki dry cleaner's hotel, taverna and regulars, surname first.
    customerRecord(74, { company: 'Ξενοδοχείο «Αιγαίον» Α.Ε.', name: 'κ. Στέλιος Καραγιάννης' }),
    customerRecord(75, { company: 'Ταβέρνα «Ο Μπάμπης»', name: 'Μπάμπης Τσολάκης' }),
    customerRecord(76, { company: 'Παπαδοπούλου Μαρία' }),
    customerRecord(77, { company: 'Ιωαννίδης Κωνσταντίνος' }),
    // A housekeeping shop's old man, his daughter paying.
    customerRecord(78, { name: '赵德明', note: '赵大爷，一个人住，没手机；女儿赵敏付钱（158 6399 4420）' }),
    // A Deira perfume shop's regulars: a kunya in the remark, Arabic names in Latin letters.
    customerRecord(79, { company: 'Fatima Al Mazrouei', note: 'Umm Khalid (أم خالد) – Cambodi dehn only' }),
    customerRecord(80, { company: 'Mohammed Al Suwaidi', note: 'Bu Rashid (بو راشد)' }),
    customerRecord(81, { company: 'Noura Al Hashemi' }),
    // A flower stall's florist called by her surname, her whole name in the remark.
    customerRecord(82, { name: '小周', company: '一束光花艺', note: '周敏，接婚庆单子' }),
    // A Lima supplier's contact by both family names; a Lagos trader's regulars as the market calls them.
    customerRecord(83, { company: 'Panificadora San Martín E.I.R.L.', name: 'Sr. Julio Quispe Mamani' }),
    customerRecord(84, {
      name: 'Alhaja Kafayat Adeyemi',
      company: 'Kaffy Ventures',
      note: 'Iya Kaffy; pays by transfer',
    }),
    customerRecord(85, { name: 'Mr. Emeka Nwosu', company: 'Emy Textiles' }),
    customerRecord(86, { name: 'Mrs. Bisola Adeyinka', note: 'Mummy Tobi; wedding 22/11 at Ikeja' }),
  ];

  it.each([
    ['广州联创建材有限公司', 0, 'a company'],
    ['韦晓燕', 0, 'the contact of the same row'],
    ['bright pixel studio', 2, 'written in another case'],
    ['刘洋', 6, 'a name that is its own company'],
    ['紫金山传媒', 7, 'a short name (客户简称)'],
    ['南京紫金山文化传媒有限公司', 7, 'the full name beside it'],
    ['平安是福🙏', 8, 'a WeChat nickname (微信昵称)'],
    ['陈阿姨', 8, 'the name beside it'],
    ['芳芳', -1, 'a nickname two customers chose'],
    ['Al Fajr Electronics Trading', 11, 'a company without its LLC'],
    ['深圳市沃克森科技', 12, 'a company without its 有限公司'],
    ['Elektro Schmidt', -1, 'two companies but for their legal forms: whose is unclear'],
    ['Al Fajr', -1, 'a shorter name is no company’s'],
    ['Kasia &', -1, 'the partners of Kasia & Co are no legal form'],
    ['清风徐来', 15, 'a nickname without its emoji'],
    ['Graham Whitlock', 17, 'a name on two rows of one person: the first'],
    ['Emily and Jake Turner', 19, 'a couple with and for &'],
    ['Daniel Reyes', 20, 'the partner on the row'],
    ['Anita Patel', 21, 'a name without its Dr.'],
    ['Ms Mei Lin Tan', 22, 'a name with a Ms. the row does not write'],
    ['Dr. Jonas Schmidt', 13, 'a Dr. before a name the row writes bare'],
    // A name given in part, as a shop writes a regular: the one customer whose name has it.
    ['山口様', 23, 'a family name and 様'],
    ['佐藤さん', 24, 'a family name and さん, the name written without a space'],
    ['鈴木様', -1, 'a family name two customers have'],
    ['王先生', -1, 'a Chinese 先生 says a man, which the table does not'],
    ['Mrs. Reyes (canteen)', 27, 'an honorific and a family name, a remark after it'],
    ['Dodong', 28, 'a given name alone'],
    ['Mr Schmidt', -1, 'a family name two customers have'],
    ['Jo', -1, 'a given name of two letters'],
    ["Nena's Sari-Sari", 29, 'a store named without its Store'],
    ['品茗轩茶楼', 30, 'a company without the place its name starts with'],
    ['海悦大酒店', -1, 'the end of two companies’ names'],
    ['茶楼', -1, 'two characters are no company'],
    ['张丽莎', 34, 'a name the remark gives'],
    ['赵敏', 76, 'the daughter the remark says pays'],
    ['Umm Khalid', 77, 'the kunya the remark gives'],
    ['أم خالد', 77, 'the same in Arabic, in brackets after it'],
    ['Bu Rashid', 78, 'a Gulf kunya'],
    ['Mohd Al Suwaidi', 78, 'Muhammad as the Gulf shortens it'],
    ['Noura Al-Hashimi', 79, 'a family name after Al spelt another way'],
    ['Noura Al Hashami', -1, 'another vowel is another name'],
    ['周敏', 80, 'the whole name the remark of 小周 opens with'],
    ['王姐', -1, 'how two remarks address two customers'],
    ['张伟', -1, 'two rows: whose is unclear'],
    ['PT SJA', 36, 'one of the names a nickname cell gives'],
    ['Arisan RT 05', 37, 'the name in brackets of a nickname cell'],
    ['Ibu Lina Marlina', 37, 'a name with Ibu before it'],
    ['Fr. Dr. Hoffmann', 38, 'titles and a family name written first in the list'],
    ['คุณอรวรรณ', 39, 'a Thai given name with คุณ'],
    ['Peter Otieno', 40, 'the first two of three names'],
    ["Mary (Mzee Peter's wife)", 40, 'someone of the family paying for the customer'],
    ['Pak Hendra', 41, 'a given name addressed as Indonesian shops do'],
    // Some of a customer's words, one of them distinctive (the last, or one the name quotes).
    ['Mechanika Pojazdowa Baran', 42, 'a workshop without its owner’s given name'],
    ['Baran T. – mech. pojazdowa', 42, 'the owner, his initial and the trade cut short'],
    ['Wulkanizacja Gumiak', 43, 'the trade and the name the customer’s name quotes'],
    ['Gumiak – Zając Piotr', 43, 'the quoted name and the owner, family name first'],
    ['NOWTRANS', 44, 'the end of a firm’s name alone'],
    ['NOWTRANS Sp. z o.o.', 44, 'the same with its legal form'],
    ['Szymańska Anna', 45, 'a name family name first'],
    ['Szymańska A.', 45, 'the family name and the initial'],
    ['Mechanika', -1, 'a word two customers’ names start with'],
    ['Pojazdowa', -1, 'a word inside one name, not a distinctive one'],
    ['Al Fajr', -1, 'the first words of a firm’s name, which may be another firm’s'],
    ['Selin Hanım (Kadıköy butik)', 47, 'a Turkish given name with Hanım after it'],
    ['Renata Oliveira (mãe do Davi)', 48, 'the mother paying, as Portuguese writes it'],
    ['Kowalczyk J.', -1, 'no customer of that family name'],
    ['Maas Koeriers', 49, 'the end of a compound word and the distinctive one'],
    ['Fietskoeriers Maas', 49, 'a firm without its B.V.'],
    ['Koeriers', -1, 'the end of a compound word alone, no distinctive word'],
    ['J.W. de Groot', 50, 'initials written together for a double given name'],
    ['Thijs B.', 51, 'a given name and the initial of the family name'],
    ['Jan B.', -1, 'a given name whose initial after it fits no word of that customer'],
    ['mw. Visser', 52, 'a Dutch mevrouw before a family name'],
    ['cô Lài (chợ Cồn)', 53, 'a Vietnamese given name addressed (cô), a remark after it'],
    ['Laboratoires Rhodalis', 54, 'a French firm without its SAS'],
    ["Presqu'île Events", 55, 'a French firm without its SARL'],
    ['Mme Vidal', 56, 'a French madame before the family name'],
    ['p. Kovářová', 57, 'a Czech paní before the family name, written first in the table'],
    ['Tecnoimpianti', 58, 'the first word of a firm’s name'],
    ['sig.ra Lambertini', 59, 'a surname written first in the column of the firms, addressed'],
    ['谢尔盖', 60, 'the name in the other script, in brackets after it'],
    ['Hùng KTX', 61, 'a name with where the customer lives after it'],
    ['Thu 八德', 62, 'a name with the district the customer lives in after it'],
    ['Julio Quispe', 81, 'the given name and the first of two family names'],
    ['Quispe Mamani', 81, 'the two family names'],
    ['Julio', -1, 'a given name alone'],
    ['Iya Kaffy', 82, 'what the market calls her, as the remark opens'],
    ['Mummy Tobi', 84, 'the same, a clause after it'],
    ['Emeka (Emy Textiles)', 83, 'a given name, the customer’s firm in brackets'],
    ['Kunle (Emy Textiles)', -1, 'a name that is not the firm’s contact'],
    ['Thu Bình Dương', -1, 'a name with a place that is not where the customer lives'],
    ['阿雄', 61, 'the name the remark says someone calls them (gọi là)'],
    ['蓮花仲介', 63, 'a Chinese firm’s name without characters of its middle'],
    ['蓮花仲介 (Cty Hoa Sen)', 63, 'the same with a remark in brackets'],
    ['蓮花公司', -1, 'characters that end no customer’s name'],
    ['Phở Hà Nội (chị Mai)', 64, 'words of the Latin half of a name written in both scripts'],
    ['Tannie Sarie', 65, 'an Afrikaans tannie before a given name'],
    ['LS Die Wilgers', 66, 'a word written short, its letters those of one of the name’s (Laerskool)'],
    ['XS Die Wilgers', -1, 'a short word that is none of the name’s words written short'],
    ['Ubuntu Events', 67, 'the first words of a firm, told by its legal form in the column of names'],
    ['Pretorius wedding', 68, 'a family name with the occasion the order was for'],
    ['老马', 69, 'an older man called by his family name, which one customer has'],
    ['老王', -1, 'a family name several customers have'],
    ['国富媳妇', 70, 'the wife of a customer called by his given name'],
    ['张国富家的', 70, 'the same, called by his whole name'],
    ['国富', 70, 'a given name alone'],
    ['丰泽合作社', 71, 'a firm without its county and the middle of its name'],
    ['丰泽合作社（黄永刚）', 71, 'the same with the chairman in brackets'],
    ['张国付', -1, 'a name a character off (a brother may be called so): the user is asked'],
    ['老张', -1, 'a family name two customers have'],
    ['ΑΙΓΑΙΟΝ', 72, 'a Greek firm by its name in capitals, which write no accents'],
    ['Ξενοδοχείο Αιγαίον', 72, 'the same without its quotation marks and legal form'],
    ['Ταβέρνα Μπάμπης', 73, 'a taverna without its article'],
    ['κα Παπαδοπούλου', 74, 'a Greek surname after how she is addressed'],
    ['Ιωαννίδης Κ.', 75, 'a surname and an initial'],
    ['Hotel Aegeon', -1, 'a Greek name in Latin letters'],
    ['东莞宏达', -1, 'two rows of one company'],
    ['江门鸿运建材店', -1, 'no row'],
    ['', -1, 'an empty cell'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });

  it('lists the names several rows share, with their rows', () => {
    expect(nameIndexesOf(records, []).shared).toEqual(
      new Map([
        ['张伟', [1, 3]],
        ['东莞宏达', [4, 5]],
        ['芳芳', [9, 10]],
      ]),
    );
  });
});

describe('nameIndexesOf, a hardware shop’s buyers as its 出货单 writes them', () => {
  const records = [
    customerRecord(4, { company: '王德林装修队', name: '王德林（王师傅）' }),
    customerRecord(5, { company: '沈阳盛世佳园装饰工程有限公司', name: '刘宏伟（刘经理）' }),
    customerRecord(7, { company: '福泰小区物业服务中心', name: '马师傅（维修班）' }),
    customerRecord(9, { company: '张丽华', note: '个人，自己家装修，都叫她张姐' }),
    customerRecord(10, { company: '李国庆', note: '个人，退休工人，没微信' }),
    customerRecord(13, { company: '鑫诚防水保温工程队', name: '周振国（周老板）' }),
  ];

  it.each([
    ['王师傅', 0, 'how the contact is addressed, in brackets after his name'],
    ['周老板', 5, 'the same'],
    ['刘经理', 1, 'the same'],
    ['盛世装饰', 1, 'the firm’s short name: its own two characters after the city, and its trade'],
    ['盛世佳园', 1, 'the firm’s own name'],
    ['福泰物业', 2, 'a short name of a service centre'],
    ['鑫诚', 5, 'the firm’s own two characters'],
    ['张姐', 3, 'what the remark says she is called'],
    ['老李', 4, 'a private customer, written where the firm would be, by surname'],
    ['沈阳装饰', -1, 'the city and the trade name no firm'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });
});

describe('nameIndexesOf, a Lviv distributor’s clients as its Накладні name them', () => {
  const records = [
    customerRecord(15, {
      company: 'ФОП Собко Андрій Миколайович',
      name: 'Андрій',
      note: 'всі кажуть «Андрій з Сихова»',
    }),
    customerRecord(16, { company: 'ФОП Гуменюк Віталій Петрович', name: 'Віталій' }),
  ];

  it.each([
    ['Андрій з Сихова (кіоск)', 0, 'what the remark says everybody calls him, his kiosk in brackets'],
    ['Андрій з Сихова', 0, 'the same alone'],
    ['Андрій з Винників', -1, 'another Andriy'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });
});

describe('a daily-goods stall’s 赊账 customers as its 出货记录 names them', () => {
  const records = [
    customerRecord(6, { id: 'CS01', company: '惠民超市（枣园店）', name: '王姐（王秀英）' }),
    customerRecord(7, { id: 'CS02', company: '家家福便利超市', name: '老刘（刘建军）' }),
    customerRecord(8, { id: 'CS03', company: '万佳乐超市（册山店）', name: '张经理（张海燕）' }),
    customerRecord(13, { id: 'XM03', company: '兴盛便民店', name: '小孙（孙丽）' }),
    customerRecord(15, { id: 'XZ01', company: '东升百货', name: '周老板（周东升）' }),
  ];

  it.each([
    ['王秀英', 0, 'the name in brackets after how she is addressed'],
    ['刘建军', 1, 'the same, after 老 and his surname'],
    ['孙丽', 3, 'the same, after 小 and her surname'],
    ['王姐', 0, 'how she is addressed'],
    ['张海燕', 2, 'the same, after her post'],
    ['王建国', -1, 'another 王'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });

  it('finds the bracketed name after any address of its surname, and no name of another surname (property)', () => {
    const han = fc.constantFrom(...'明华秀英建国丽芳志强伟静敏军');
    const surnames = fc.constantFrom(...'王李张刘陈杨赵黄周吴');
    const forms = fc.constantFrom('姐', '哥', '大姐', '经理', '老板', '师傅', '老', '小');
    fc.assert(
      fc.property(
        surnames,
        surnames,
        fc.array(han, { minLength: 1, maxLength: 2 }),
        forms,
        (s, other, given, form) => {
          const address = form === '老' || form === '小' ? `${form}${s}` : `${s}${form}`;
          const name = `${s}${given.join('')}`;
          const records = [customerRecord(5, { company: '某某商店', name: `${address}（${name}）` })];
          expect(Array.from(nameIndexesOf(records, [name]).indexes)).toEqual([0]);
          const stranger = `${other}${given.join('')}`;
          if (other !== s) expect(Array.from(nameIndexesOf(records, [stranger]).indexes)).toEqual([-1]);
        },
      ),
    );
  });

  it('keeps a bracketed name of another surname for no one: 老板（王建国） is the boss, not 王建国', () => {
    const boss = [customerRecord(4, { company: '鑫源商店', name: '老板（王建国）' })];
    expect(Array.from(nameIndexesOf(boss, ['王建国']).indexes)).toEqual([-1]);
  });

  it.each([
    ['万佳乐', 2, 'the shop’s own name, without 超市 and its branch'],
    ['家家福', 1, 'the same, without 便利超市'],
    ['王秀英', 0, 'her name in full'],
  ])('finds %j, written with its 客户编号 left blank, as a named buyer (%s)', (value, index) => {
    const ids = ['CS01', namedBuyerId(value)];
    expect(Array.from(customerIndexesOf(records, ids))).toEqual([0, index]);
  });
});

describe('nameIndexesOf, a Hungarian supplier’s buyers as its invoices name them', () => {
  const records = [
    customerRecord(5, { company: 'Cívis Cukrászda Kft.', name: 'Lakatos Ildikó (üzletvezető)' }),
    customerRecord(8, { company: 'Kovács Péterné e.v.', name: 'Kovács Péterné (Évi)' }),
    customerRecord(13, { company: 'Szabó Jánosné e.v.', name: 'Szabó Jánosné (Erzsi néni)' }),
    customerRecord(16, { company: 'Horváth Zsolt e.v.', name: 'Horváth Zsolt' }),
    customerRecord(17, { company: 'Dr. Molnár Katalin' }),
    customerRecord(18, { company: 'Kovács és Társa Bt.', name: 'Kovács Gábor' }),
  ];

  it.each([
    ['Kovácsné Évi', 1, 'Mrs Kovács, called by her own given name'],
    ['Kovácsné Évi (Szoboszló)', 1, 'the same, with her town in brackets'],
    ['Szabóné', 2, 'Mrs Szabó alone: the one wife of a Szabó'],
    ['dr. Molnár Kati', 4, 'Kati, as Katalin is called'],
    ['Kovácsné', 1, 'Mrs Kovács alone: the one wife of a Kovács, not Kovács Gábor'],
    ['Kovács Gáborné', -1, 'the wife of Kovács Gábor, who is no customer'],
    ['Horváthné', -1, 'no Horváth’s wife on the list: Horváth Zsolt is a man'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });
});

describe('nameIndexesOf, a Plovdiv depot’s buyers as its Продажби name them', () => {
  const records = [
    customerRecord(6, { company: '„Марица Билд“ ЕООД', name: 'инж. Павел Костов (техн. ръководител)' }),
    customerRecord(11, {
      company: 'Тодор Стоянов – ВиК майстор',
      name: 'Тошко',
      note: 'всички му викат Тошко водопроводчика',
    }),
    customerRecord(13, { company: 'Иван Петков', name: 'бай Иван' }),
    customerRecord(17, { company: 'Красимир Тодоров' }),
    customerRecord(18, { company: 'Стоян Тодоров' }),
  ];

  it.each([
    ['Т. Стоянов', 1, 'his initial and surname, in Cyrillic'],
    ['Тошко водопроводчика', 1, 'what the remark says everybody calls him'],
    ['Красимир Тодоров', 3, 'the name as written'],
    ['Кр. Тодоров', 3, 'the given name cut short'],
    ['Тодоров', -1, 'a surname two customers have'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });
});

describe('nameIndexesOf, a seafood wholesaler’s restaurants and hotels as its 出货单 writes them', () => {
  const records = [
    customerRecord(5, {
      company: '青岛汇泉湾海景酒店（餐饮部）',
      shortName: '汇泉湾',
      name: '采购 孙经理（孙立新）',
    }),
    customerRecord(6, { company: '青岛栈桥商务宾馆', shortName: '栈桥宾馆', name: '厨师长 杜建军（老杜）' }),
    customerRecord(7, { company: '青岛仰口湾度假酒店', shortName: '仰口', name: '采购 李主管' }),
    customerRecord(9, { company: '渔家小院海鲜饺子馆', shortName: '渔家小院', name: '王秀兰（王大姐）' }),
    customerRecord(14, { company: '海韵私房菜', shortName: '海韵', name: '周丽娜（周姐）' }),
    customerRecord(16, {
      company: '青岛明港物流有限公司 职工食堂',
      shortName: '明港食堂',
      name: '食堂 高师傅',
    }),
  ];

  it.each([
    ['汇泉湾酒店', 0, 'the short name, then the kind of firm its full name ends with'],
    ['仰口酒店', 2, 'the same'],
    ['明港', 5, 'the short name without the kind of firm'],
    ['老杜', 1, 'how the contact is addressed, in brackets after his name and his post'],
    ['王大姐', 3, 'the same, without a post'],
    ['渔家小院 王大姐', 3, 'the firm, then the contact there'],
    ['仰口宾馆', -1, 'the kind of firm its full name does not end with'],
    ['渔家小院 老杜', -1, 'the contact of another firm'],
  ])('%j → %i (%s)', (value, index) => {
    expect(Array.from(nameIndexesOf(records, [value]).indexes)).toEqual([index]);
  });
});
