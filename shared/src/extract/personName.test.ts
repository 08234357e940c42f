import { describe, expect, it } from 'vitest';
import { personName } from './personName.ts';

describe('personName', () => {
  // Pages are read folded to simplified characters: 梁家豪律師 is met as 梁家豪律师.
  it.each([
    // A Hong Kong profile's heading: the Chinese name, the profession it is addressed by, the English name.
    ['梁家豪律师 Leung Ka Ho', '梁家豪律师 Leung Ka Ho'],
    ['陈国强医生 Chan Kwok Keung', '陈国强医生 Chan Kwok Keung'],
    ['何志强 Ho Chi Keung', '何志强 Ho Chi Keung'],
    // A nickname in quotes between the given name and the surname.
    ['Margaret “Peggy” Alvarez', 'Margaret “Peggy” Alvarez'],
    ['Robert "Bob" Lee', 'Robert "Bob" Lee'],
    // Or in brackets, as team pages write it.
    ['Rebecca (Becky) Lowe', 'Rebecca (Becky) Lowe'],
    // Czech and Slovak academic titles and a Nigerian engineer's, before the name.
    ['Bc. Petra Novotná', 'Petra Novotná'],
    ['Mgr. Lenka Horáková', 'Lenka Horáková'],
    // Serbian graduate and master engineers.
    ['dipl. inž. Vesna Stojanović', 'Vesna Stojanović'],
    ['mast. inž. Marko Nikolić', 'Marko Nikolić'],
    ['Engr. Babatunde “Tunde” Bakare', 'Babatunde “Tunde” Bakare'],
    // Indonesian: how someone is addressed before their name, and a one-word name after it.
    ['Bpk. Stefanus Gunawan', 'Stefanus Gunawan'],
    ['Ibu Retno Wulandari', 'Retno Wulandari'],
    ['Sdri. Suwarni', 'Suwarni'],
    // A Thai name, then its Latin form (in brackets or not): the Latin form; a Thai Khun.
    ['นายธนพล เจริญสุข Mr. Thanaphon Charoensuk', 'Thanaphon Charoensuk'],
    ['คุณนภา (Khun Napa)', 'Napa'],
    ['Khun Pimchanok “Ploy” Thongdee', 'Pimchanok “Ploy” Thongdee'],
    // Vietnamese and Korean names ending as a German noun does, too short to be one.
    ['Nguyen Van Hung', 'Nguyen Van Hung'],
    ['Kim Byoung Chung', 'Kim Byoung Chung'],
    // A Korean name with its rank after it, its Latin form before it or its post: without the rank.
    ['Kevin Hwang 황재원 과장', 'Kevin Hwang 황재원'],
    ['Alex Nam 남기태 차장', 'Alex Nam 남기태'],
    ['울산지점장 권혁수 부장', '권혁수'],
    // A Greek name after how he is addressed; Portuguese and Spanish ones, an engineer's ordinal
    // after the dot; a Singaporean Eng, a given name, is no engineer's title.
    ['κ. Νίκος Ζαφειρίου', 'Νίκος Ζαφειρίου'],
    ['Sr. Joaquim Almeida', 'Joaquim Almeida'],
    ['Sra. Fernanda Rocha', 'Fernanda Rocha'],
    ['Dra. Marta Lopes', 'Marta Lopes'],
    ['Eng.º Luís Godinho', 'Luís Godinho'],
    ['Eng Hock Lee', 'Eng Hock Lee'],
    // Hebrew names: two words, a geresh in a borrowed sound, a nickname in brackets, an engineer's
    // and a woman's address, the Arabic after a bar; a job title and a label are no names.
    ['מיכל ברק', 'מיכל ברק'],
    ["סאמר ח'ורי", "סאמר ח'ורי"],
    ["אינג' ולדימיר (ולאד) קוגן", 'ולדימיר (ולאד) קוגן'],
    ["גב' אורנה דהן", 'אורנה דהן'],
    ["סאמר ח'ורי | سامر خوري", "סאמר ח'ורי"],
    ['מנהלת המשרד', null],
    ["טל' ישיר", null],
    ['צור קשר', null],
    // Indonesian: Bapak before a name; a shophouse, an office and a heading are no names.
    ['Bapak Rudi Hartono', 'Rudi Hartono'],
    ['Ruko Majapahit Permai', null],
    ['Perwakilan Semarang', null],
    ['Informasi Lainnya', null],
    // Romanian: an economist's Ec., D-na (Mrs) and dl. (Mr); Ec without its dot is no title.
    ['Ec. Mihaela Dumitru', 'Mihaela Dumitru'],
    ['D-na Elena Mocanu', 'Elena Mocanu'],
    ['dl. Victor Rusu', 'Victor Rusu'],
    // A Malaysian honour, then an academic title.
    ['Datin Dr. Nurul Aina binti Hashim', 'Nurul Aina binti Hashim'],
    // A name in both scripts, then a title in brackets longer than a name is.
    ['Ms. Chan Wing Yan 陳詠欣 (Senior Sales Executive – Europe & Middle East)', 'Chan Wing Yan 陳詠欣'],
    ['Mr. Liu Wei 劉偉 (Sales Manager, Shenzhen Office 深圳代表處)', 'Liu Wei 劉偉'],
    ['William (Bill) O’Brien', 'William (Bill) O’Brien'],
    // A clergy title before the name, dropped as Dr. is.
    ['Rev. Samuel Okoro', 'Samuel Okoro'],
    ['Fr. Michael Byrne', 'Michael Byrne'],
    // How Vietnamese, Italian and Mexican pages address people before their names; a Vietnamese
    // address word read past only before a full name, so that Anh Nguyen keeps its Anh.
    ['Bà Đặng Thị Mai', 'Đặng Thị Mai'],
    ['KS. Huỳnh Tấn Lộc', 'Huỳnh Tấn Lộc'],
    ['anh Nguyễn Văn Tài', 'Nguyễn Văn Tài'],
    ['Anh Nguyen', 'Anh Nguyen'],
    ['Dott.ssa Chiara Zanetti', 'Chiara Zanetti'],
    ['Lic. Mariana Ruiz', 'Mariana Ruiz'],
    ['拿汀许秀英', '许秀英'],
    ['拿督陈国荣', '陈国荣'],
    // A Japanese page's staff card: the name written apart, with the repeat mark, then its
    // Latin form; a Chinese employee's name written the Japanese way.
    ['佐々木 真理 Mari Sasaki', '佐々木 真理 Mari Sasaki'],
    ['王 偉 Wang Wei', '王 偉 Wang Wei'],
    // Malay and Malaysian or Singaporean Indian names: "son of", "daughter of" before the father's.
    ['Siti Nurhaliza binti Ahmad', 'Siti Nurhaliza binti Ahmad'],
    ['Rajesh Kumar a/l Subramaniam', 'Rajesh Kumar a/l Subramaniam'],
    ['Muhammad Faiz bin Abdul Rahman', 'Muhammad Faiz bin Abdul Rahman'],
    ['Kavitha d/o Ramasamy', 'Kavitha d/o Ramasamy'],
    // A name, or a title, then a name in brackets.
    ['张伟 (Sales Manager)', '张伟'],
    ['销售经理（张伟）', '张伟'],
    ['张淑芬 副理（Sophia Chang）', 'Sophia Chang'],
    // A Korean name: three syllables after a common surname, four after a compound one.
    ['김민준', '김민준'],
    ['이서연', '이서연'],
    ['남궁민수', '남궁민수'],
    // Mexican pages' academic titles before a name.
    ['Ing. Ricardo Garza Treviño', 'Ricardo Garza Treviño'],
    // Muhammad written short, as Bangladesh writes it: no MD.
    ['Mr. Md. Rafiqul Islam', 'Md. Rafiqul Islam'],
    // A licence after the name and a comma.
    ['Ms. Gemma Abellana, CPA', 'Gemma Abellana'],
    // A Malay name, its honorific taken off.
    ['Encik Mohd Faizal bin Abdullah', 'Mohd Faizal bin Abdullah'],
    ['Cik Siti Aisyah binti Rahman', 'Siti Aisyah binti Rahman'],
    ['Puan Nurul Huda binti Ismail', 'Nurul Huda binti Ismail'],
    // A Dutch name with its particles.
    ['Thijs van ’t Hof', 'Thijs van ’t Hof'],
    ['Anne ter Horst', 'Anne ter Horst'],
    ['Óscar Leal de la Garza', 'Óscar Leal de la Garza'],
    // A Japanese name its reading in kana attests, in brackets or in ruby (spaced as a page's text
    // reads it), after its post and before its extension; or its Latin form.
    ['所长 杉浦 康弘（すぎうら やすひろ）', '杉浦 康弘'],
    ['担当 森 真由美（もり まゆみ）内線22', '森 真由美'],
    ['驻在 鈴木 貴之（すずき たかゆき）', '鈴木 貴之'],
    ['伊藤 （ いとう ） 健二 （ けんじ ）', '伊藤 健二'],
    ['服部 慎吾 Shingo Hattori', '服部 慎吾 Shingo Hattori'],
    // An Argentine agronomist's, accountant's and graduate's titles.
    ['Ing. Agr. Martín Bertolotti', 'Martín Bertolotti'],
    ['Cra. Valeria Moyano', 'Valeria Moyano'],
    ['Cr. Carlos Bertolotti', 'Carlos Bertolotti'],
    // A foreign name, then the same in Hangul word by word.
    ['Nguyen Thi Thu Ha 응우옌 티 투 하', 'Nguyen Thi Thu Ha 응우옌 티 투 하'],
    // Swahili: Bwana and Bibi, with their dot; Bi without one is a Chinese surname.
    ['Bw. Hassan Omar Abdalla', 'Hassan Omar Abdalla'],
    ['Bi. Esther Nyokabi Kariuki', 'Esther Nyokabi Kariuki'],
    ['Bi Xiaoming', 'Bi Xiaoming'],
    // Hungarian: ifj. and id. (the younger, the elder) before a name, with their dot.
    ['ifj. Tóth Sándor', 'Tóth Sándor'],
    ['id. Balogh Ferenc', 'Balogh Ferenc'],
    // Bulgarian: an engineer, Mrs and a doctor before a name in Cyrillic.
    ['инж. Николай Кирилов', 'Николай Кирилов'],
    ['г-жа Ралица Петкова', 'Ралица Петкова'],
    // An Indonesian one-word name after its address, what she does in brackets after it.
    ['Sdri. Melati (marketing)', 'Melati'],
    ['д-р Иван Петров', 'Иван Петров'],
    // Surnames of Shandong.
    ['矫明月', '矫明月'],
  ])('reads %s as %s', (text, name) => {
    expect(personName(text, 'bare')).toBe(name);
  });

  it.each([
    // A company by its legal form before its name, and a page's heading of its departments.
    ['OÜ Valgusmaailm'],
    ['SIA Elektrolīnija'],
    ['UAB Ąžuolynės baldai'],
    ['AS Tartu Mill'],
    ['Other Departments'],
    // A Serbian firm's shop by the town it is in.
    ['Agroapoteka Zrenjanin'],
    // A title in both languages, not a name with a profession.
    ['高级律师 Senior Counsel'],
    ['执业律师 Practising Solicitor'],
    ['主诊医生 Attending Physician'],
    // Quotes round a word of a heading.
    ['Our “Food Drive” Team'],
    ['Rev. Sunday Service'],
    // Two Han words apart, then a place or a department in English: not a name.
    ['华东 区域 East China'],
    // Kana in brackets after what is no name: an office, a department.
    ['东京営业所（とうきょう）'],
    ['営业部（えいぎょうぶ）'],
    // An office's heading, a terminal, a trade and a place, as a Swedish or an Argentine page writes them.
    ['Huvudkontor Göteborg'],
    ['Kontor Malmö'],
    ['Flygfraktterminal Landvetter'],
    ['Speditör FCL'],
    ['Río Cuarto'],
    // An Estonian firm's sales and agent headings; a Kenyan firm's building, desk and a card's note.
    ['Müük Eestis'],
    ['Esindaja Soomes'],
    ['Mavuno House'],
    ['Key Accounts'],
    ['Daktari Line'],
    ['Anaongea Kiswahili'],
    // A Hamburg shipbroker's office, agency, desk and its partners' title.
    ['Büro Bremen'],
    ['Kanalagentur Brunsbüttel'],
    ['Container Chartering'],
    ['Geschäftsführender Gesellschafter'],
    // A Chilean winery's department's line, a department, and the zone of the whole country.
    ['Fono Logística'],
    ['Departamento de Exportaciones'],
    ['Todo Chile'],
    // A clinic's titles, capitalised as names are.
    ['Clinical Psychologist'],
    ['Consultant Obstetrician'],
    ['Registered Dietitian'],
    // Hangul words that do not write the Latin words one by one: a team, an office.
    ['Sales Team 영업 팀 담당'],
    ['Vietnam Office 베트남 사무소'],
    ['海外 営業 Overseas Sales'],
    // A particle is no name's word on its own.
    ['bin Ahmad'],
    // What an English title covers, in brackets after it: a product line, a region.
    ['Sales Executive (Safety Equipment)'],
    ['Project Sales (Marine & Offshore)'],
    // Korean words of a contact page that start as a surname does, a team, a rank.
    ['이메일'],
    ['연락처'],
    ['물류팀'],
    ['부산항'],
    ['대표이사'],
    ['과장'],
    // Spanish titles and offices, capitalised as names are.
    ['Gerente Comercial'],
    ['Ejecutiva de Cuentas Clave'],
    ['Matriz Monterrey'],
    // A Turkish firm's branch, region, depot, desks and holiday notice; a Turkish and an English job.
    ['İstanbul Şube'],
    ['Bursa Bölge'],
    ['Atatürk Organize Sanayi Bölgesi'],
    ['Manisa Depo'],
    // A Malaysian firm's jobs, branch and desk, and the product line a title names.
    ['Pengarah Jualan'],
    ['Penyelaras Jualan'],
    ['Cawangan Johor'],
    ['Khidmat Pelanggan'],
    ['Passive Components'],
    // A Chinese page's button: apply to join (申 is a surname). A recipe's peppers.
    ['申请加盟'],
    ['辣椒'],
    ['花椒'],
    // A factory's desk and board line; a Croatian firm's branch.
    ['Factory Desk'],
    ['Factory Board'],
    ['Poslovnica Split'],
    // An exporter's sample room and messenger line; a Norwegian base; Lithuanian desks and places.
    ['Sample Room'],
    ['Export Viber'],
    ['Kystbasen Ågotnes'],
    ['Salonas Vilniuje'],
    ['Atstovas Norvegijoje'],
    ['İnsan Kaynakları'],
    ['Bayram Tatili Duyurusu'],
    ['Satış Mühendisi'],
    ['Teknik Servis Şefi'],
    ['Technical Superintendent'],
    // A Greek branch, region and desk; a Greek job; a Portuguese one and a market.
    ['Υποκατάστημα Αθηνών'],
    ['Μέση Ανατολή'],
    ['Γραφείο Εξαγωγών Θεσσαλονίκης'],
    ['Εμπορικός Διευθυντής'],
    ['Diretora Comercial'],
    ['Mercado Nacional'],
    ['기술영업팀 과장'],
    ['Sucursal Saltillo'],
    // A firm whose legal form is written in capitals, and an office abroad.
    ['Peeters Technics BV'],
    ['Vertegenwoordiging België'],
    // An institution whose name's particles (de la) would not count as words of a name.
    ['Universidad de la Ciudad de México'],
    ['Grupo Industrial del Norte'],
    // A French business park, an address's first line; a branch's heading; a desk's heading.
    ['ZA Mayencin'],
    ['ZI Molina-La Chazotte'],
    ['Agence de Grenoble'],
    ['Customs Documentation'],
    ['Quality Assurance'],
    // An address before a word that is no name.
    ['Ibu Sales'],
    // A Thai department with its English name.
    ['ฝ่ายขาย Sales Department'],
    // A salesperson's area, a branch's street, a German office and a team card's description.
    ['Zona Sul'],
    ['Rua Mergenthaler'],
    ['Firmensitz Wien-Liesing'],
    ['Assistenz der Geschäftsführung'],
    ['Sanierung von Steigleitungen'],
    // A showroom by its city, a Vietnamese city alone, a Spanish branch and industrial estate.
    ['Showroom Hải Phòng'],
    ['Đà Nẵng'],
    ['Delegación Álava'],
    ['Polígono de Júndiz'],
  ])('does not read %s as a name', (text) => {
    expect(personName(text, 'bare')).toBeNull();
  });

  it('reads a Japanese name written apart, with 々, where a label says a name follows', () => {
    expect(personName('佐々木 真理', 'labelled')).toBe('佐々木 真理');
    expect(personName('々木 真理', 'labelled')).toBeNull();
  });
});

describe('personName: a site’s language switch', () => {
  it.each<[string, string | null]>([
    ['PL EN', null],
    ['DE | EN', null],
    ['NL / EN', null],
    ['Li Na', 'Li Na'],
    ['Xu Bo', 'Xu Bo'],
  ])('%s → %s', (text, name) => {
    expect(personName(text, 'bare')).toBe(name);
  });
});
