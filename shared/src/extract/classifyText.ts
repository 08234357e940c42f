// Is this short piece of text a person's name, a job title or an organisation? Keyword and shape
// rules for Chinese and English; used next to emails/phones on pages and in selections.

// The ~120 most common Chinese surnames cover about 90 % of people (公安部 2020 surname report),
// plus the common compound surnames, and surnames common in Hong Kong and Taiwan (萧, 赖, 洪, 傅,
// 冼) and in Shandong (矫, 逄). The extractor reads traditional characters folded to simplified:
// 陳 meets 陈, 蕭 meets 萧.
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧赖洪傅冼矫逄',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '司徒',
  '夏侯',
  '长孙',
  '宇文',
];
const HAN_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
const HONORIFIC_ZH = /(?:先生|女士|小姐|老师|博士|教授)$/;
/** Words that look like a 2–4 character name but are headings or labels. */
const NOT_A_NAME_ZH =
  /联系|联络|电话|手机|邮箱|地址|公司|部门|客服|热线|服务|销售|市场|我们|首页|关于|产品|新闻|招聘|合作|总部|分部|办事处|中心|团队|简介|方式|时间|微信|传真|邮编|网站|售后|咨询|商务|技术|支持|管理|采购|财务|人事|行政|经理|总监|主管|工程师|专员|顾问|助理|大区|区域|华东|华南|华北|华中|西南|西北|东北|欢迎|敬礼|此致|谢谢|各位|版权|更多|详情|查看|下载|登录|注册|搜索|全部|工作|生产|设备|制造|申请|加盟|招商|投诉|监督|在线|留言|携帯|直通|内線|代表|営業|担当|窓口/;
/**
 * Characters that hardly ever end up in a Chinese given name but often in place names, units and
 * page words (区, 部, 市, 号, 厂, 网 …) and a recipe’s peppers (辣椒、花椒): a 2–4 character run
 * containing one is not a person.
 */
const NOT_IN_NAME_ZH =
  /[区部省市县镇村路街道号楼层室厂店馆院校所局组队会司业务网站页址话箱机码期版报价单台套件年次的了是在和与及或等为有个们这那椒]/;

/**
 * The lower-case particles of Dutch (van ’t Hof, ter Horst), German, French, Spanish, Portuguese
 * and Arabic names (Óscar Leal de la Garza, Jeroen van der Berg).
 */
const PARTICLES = "van|von|de|der|den|da|di|du|le|la|del|dos|het|ter|ten|['’]t";
/**
 * "son of", "daughter of" between a given name and the father's: Siti Nurhaliza binti Ahmad,
 * Rajesh Kumar a/l Subramaniam, Muhammad Faiz bin Abdul Rahman. Not counted among a name's words,
 * which such a name has five of.
 */
const PATRONYMICS = String.raw`bin|binti|binte|bte|bt|a\/l|a\/p|s\/o|d\/o`;
// Capitalised words, initials (J.), hyphenated names (Mary-Kate), O'Neil, McDonald, a name's
// particles (PARTICLES, and al) and the patronymics of Malay and Malaysian or Singaporean Indian
// names (PATRONYMICS).
const EN_NAME_WORD = new RegExp(
  String.raw`^(?:(?:\p{Lu}['’])?(?:Ma?c)?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.|\p{Lu}{2,}[\p{Ll}]*|${PARTICLES}|${PATRONYMICS}|al)$`,
  'u',
);
const PATRONYMIC = new RegExp(`^(?:${PATRONYMICS})$`, 'i');
/** A word that is one of a name's particles, counted no more than a patronymic is. */
const NAME_PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
/**
 * Capitalised words that start a heading or a label rather than a name, the words screen readers get for
 * icon links (Linkedin, Envelope: a team card's row of icons reads "Linkedin Envelope"), and US states and
 * Canadian provinces that are nobody's given name or surname ("Springfield, Illinois" is a place, where
 * "Smith, Virginia" is a person), and the countries and regions a sales table's first column names
 * (Mainland China, Republic of Korea, Republica Moldova; not Hong Kong: Hong is a name), an Indonesian
 * address's shophouses, buildings and estates (Ruko Majapahit Permai, Gedung, Kawasan), office (Perwakilan
 * Semarang) and heading (Informasi Lainnya), the headings of a footer's columns (Quick Links, Useful
 * Links, Recent Posts), and the words of a dealership's departments (Parts Counter / Wholesale) and of a
 * factory's desk and board line (Factory Desk, Factory Board, Sample Room, Export Viber), and an
 * Impressum's register court (Amtsgericht Stuttgart), and the words a firm's offices go by (Matriz
 * Monterrey, Sucursal Saltillo, Kantor Pusat, Filiale di Brescia, Vertegenwoordiging België) and the
 * institutions a Spanish name's particles would otherwise let pass (Universidad de la Ciudad de México),
 * and the areas a salesperson covers and the streets a branch is on (Zona Sul, São Paulo, Rua
 * Mergenthaler, Calle Mayor), and a German page's offices and desks (Firmensitz, Standort, Niederlassung,
 * Schauraum, Assistenz der Geschäftsführung), a showroom named by its city (Showroom Hải Phòng), a Spanish
 * industrial estate (Polígono de Júndiz), branch (Delegación Álava) and a Bilbao area (Margen Izquierda),
 * and a Turkish firm's branches, regions, depots and desks (İstanbul Şube, Bursa Bölge, Atatürk Organize
 * Sanayi Bölgesi, Manisa Depo, İnsan Kaynakları, KVKK Başvuruları), its holiday notice (Bayram Tatili
 * Duyurusu) and its support line (WhatsApp Destek), and a Malaysian firm's jobs, desks and branches
 * (Pengarah Jualan, Penyelaras Jualan, Khidmat Pelanggan, Cawangan Johor) and the product line a manager's
 * title names (Passive Components), and a Croatian firm's branch, head office and desks (Poslovnica Split,
 * Sjedište, Prodaja, Nabava) and a Serbian one's shops and warehouse (Agroapoteka Zrenjanin, Prodavnica,
 * Magacin, Centrala), a Norwegian firm's base and workshop (Kystbasen Ågotnes), and a Lithuanian
 * firm's showroom, sales, agent and warehouse and the places they are in (Salonas Vilniuje, Pardavimai
 * Lietuvoje, Atstovas Norvegijoje), and a Swedish forwarder's offices, terminals and trade (Huvudkontor
 * Göteborg, Kontor Malmö, Flygfraktterminal Landvetter, Speditör FCL), and a river's Río that a Spanish
 * place's name opens with (Río Cuarto, Río Gallegos), and an Estonian firm's sales, agent, head
 * office and factory and the countries they are in (Müük Eestis, Esindaja Soomes, Peakontor Jüri,
 * Palgitehas Ardu), and a Kenyan page's building, desks and the languages a card says its person
 * speaks (Mavuno House, Key Accounts, Daktari Line: the vet's; Anaongea Kiswahili), and a Hamburg
 * shipbroker's offices, agencies, desks and its partners' title (Büro Bremen, Kanalagentur
 * Brunsbüttel, Container Chartering, Geschäftsführender Gesellschafter), and a Chilean winery's phone
 * labels, departments and the zone of its whole country (Fono Logística, Departamento de
 * Exportaciones, Todo Chile).
 */
const NOT_A_NAME_EN =
  /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|iowa|kansas|kentucky|louisiana|maryland|massachusetts|michigan|minnesota|mississippi|missouri|nebraska|nevada|hampshire|jersey|mexico|ohio|oklahoma|oregon|pennsylvania|rhode|tennessee|texas|utah|vermont|wisconsin|wyoming|ontario|quebec|alberta|manitoba|saskatchewan|contact|contacts|us|about|our|the|team|hi|hello|dear|hey|thanks|thank|best|kind|regards|sincerely|cheers|by|member|list|staff|directory|speakers|speaker|agents|agent|people|media|centre|center|summit|expo|conference|sponsor|sponsors|hong|kong|los|angeles|san|francisco|las|vegas|united|kingdom|states|america|asia|pacific|europe|north|south|east|west|northern|southern|eastern|western|central|equal|housing|opportunity|free|shipping|share|tweet|like|pin|print|subscribe|download|book|request|quote|call|visit|send|reply|forward|archive|inbox|open|close|next|previous|back|top|menu|search|cart|checkout|account|settings|sales|support|service|services|customer|office|offices|head|email|phone|mobile|tel|address|home|news|careers|privacy|terms|follow|get|in|touch|find|meet|welcome|company|department|departments|general|inquiries|enquiries|media|press|partner|partners|partnerships|business|hours|opening|directions|map|location|locations|headquarters|global|international|read|more|learn|view|all|and|for|of|to|with|from|at|by|on|login|sign|up|register|faq|help|blog|products|solutions|industries|resources|investors|legal|copyright|rights|reserved|ltd|inc|llc|group|limited|corporation|co|corp|gmbh|university|school|hospital|bank|new|york|london|shanghai|beijing|street|road|avenue|monday|friday|january|march|april|may|june|july|december|linkedin|facebook|twitter|instagram|youtube|whatsapp|telegram|skype|github|pinterest|tiktok|xing|envelope|fax|website|link|profile|china|mainland|japan|korea|taiwan|macau|macao|singapore|malaysia|indonesia|thailand|vietnam|philippines|germany|switzerland|austria|australia|zealand|canada|india|emirates|arabia|republic|republica|república|republik|repubblica|ruko|rukan|gedung|komplek|kompleks|perumahan|kawasan|informasi|lainnya|perwakilan|area|region|management|property|properties|rentals|leasing|department|portal|bureau|quick|links|useful|sitemap|related|popular|recent|latest|categories|newsletter|information|policy|explore|parts|counter|wholesale|amtsgericht|registergericht|handelsregister|court|city|town|township|village|county|borough|allgemeine|anfragen|zentrale|empfang|kontakt|ansprechpartner|abteilung|buchhaltung|qualität|qualitaet|qualitätssicherung|schweiz|westschweiz|ostschweiz|deutschland|österreich|numero|sede|ufficio|filiale|magazzino|assistenza|amministrazione|spedizioni|centralino|rappresentanze|rappresentanza|agenzia|contatti|belgium|belgië|belgie|netherlands|nederland|vestiging|hoofdkantoor|vertegenwoordiging|matriz|sucursal|sucursales|universidad|instituto|secretaría|secretaria|ciudad|gobierno|municipio|cámara|colegio|clínica|banco|grupo|oficina|oficinas|almacén|almacen|bodega|corporativo|kantor|pusat|cabang|gudang|kawasan|industri|admin|penjualan|hubungi|kami|pabrik|trụ|sở|nhánh|xưởng|liên|hệ|customs|documentation|agence|agences|quality|assurance|zona|zonas|região|regiao|regiões|são|rua|rue|avenida|alameda|travessa|calle|carrer|rodovia|estrada|assistenz|firmensitz|standort|niederlassung|schauraum|showroom|showrooms|polígono|poligono|margen|delegación|delegacion|γραφε[ίι]ο|υποκατ[αά]στημα|εξυπηρ[εέ]τηση|πελατ[ώω]ν|μ[εέ]ση|ανατολ[ήη]|τμ[ήη]μα|κεντρικ[αά]|εργοστ[αά]σιο|αποθ[ήη]κη|θεσσαλον[ίι]κης|αθην[ώω]ν|mercado|nacional|exportação|exportacao|unidade|preparação|preparacao|política|politica|privacidade|şube|şubesi|bölge|bölgesi|organize|sanayi|depo|deposu|fabrika|fabrikası|merkez|merkezi|ofis|ofisi|duyuru|duyurusu|başvuru|başvuruları|kaynakları|kvkk|tatil|tatili|destek|yardım|pengarah|pengurus|penyelaras|jualan|eksekutif|akaun|pembantu|kerani|juruteknik|jurutera|pegawai|ketua|penolong|setiausaha|pentadbir|wakil|pemasaran|khidmat|pelanggan|cawangan|components|desk|board|factory|room|viber|kystbasen|verksted|salonas|pardavimai|atstovas|lietuvoje|vilniuje|kaune|norvegijoje|sandėlis|poslovnica|podružnica|apoteka|agroapoteka|prodavnica|magacin|centrala|sjedište|uprava|prodaja|nabava|servis|računovodstvo|skladište|huvudkontor|kontor|kontoret|lagerkontoret|flygfraktterminal|fraktterminal|terminal|speditör|speditor|tullavdelningen|kundtjänst|río|müük|eestis|soomes|lätis|esindaja|peakontor|tehas|palgitehas|house|accounts|daktari|line|anaongea|kiswahili|kiingereza|büro|buero|agentur|kanalagentur|gesellschafter|geschäftsführender|geschäftsführende|geschäftsführer|chartering|container|befrachtung|fono|departamento|exportaciones|todo|chile)$/i;

// Patterns with Unicode property escapes are module constants: the extension's bundler (esbuild,
// target chrome120) writes such a literal as `new RegExp(…)`, which inside a function would build
// the pattern again on every call.
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** A given name on its own: one capitalised word in lower case after its capital (Vivian, Tony). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,14}$/u;

/**
 * An English given name written alone, as staff of Chinese companies put theirs before their
 * Chinese name (Vivian 周晓雯): not a word of a heading, a label or a place (Sales, Contact,
 * Europe), nor a job title.
 */
export function looksLikeGivenName(word: string): boolean {
  return GIVEN_NAME.test(word) && !NOT_A_NAME_EN.test(word) && !looksLikeTitle(word);
}

/** Latin words that are a heading's, a label's or a place's (Europe, North America), not a name's. */
export function hasNonNameWord(text: string): boolean {
  return text.split(/\s+/).some((w) => NOT_A_NAME_EN.test(w.replace(/[.,]$/, '')));
}

/** One of the common surnames, single (王) or compound (欧阳). */
export function isCommonSurname(s: string): boolean {
  return s.length === 1 ? SURNAMES.has(s) : COMPOUND_SURNAMES.includes(s);
}

/**
 * 2–4 Han characters that are not a page word; with `commonSurname`, starting with one of the
 * common surnames (a bare line needs it; after 联系人： a rarer surname such as 楼 is fine).
 */
export function looksLikeChineseName(s: string, commonSurname: boolean): boolean {
  if (!HAN_NAME.test(s) || NOT_A_NAME_ZH.test(s) || NOT_IN_NAME_ZH.test(s.slice(1))) return false;
  if (!commonSurname) return true;
  return SURNAMES.has(s[0] ?? '') || COMPOUND_SURNAMES.some((c) => s.startsWith(c) && s.length >= 3);
}

/**
 * Korea's common surnames (김, 이, 박 … nine in ten Koreans bear one of them) and its compound ones
 * (남궁, 황보, 제갈, 선우).
 */
const KOREAN_SURNAMES = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 은 편 용 예 경 봉 사 부'.split(
    ' ',
  ),
);
const KOREAN_COMPOUND_SURNAMES = /^(?:남궁|황보|제갈|선우|독고|사공|서문|동방)/;
/**
 * Three Hangul syllables starting with a common surname, as a Korean page writes a person (김민준,
 * 이서연), or four after a compound surname (남궁민수). Not the words of three syllables a contact
 * page writes that start as a surname does (이메일, 연락처, 담당자, 부산항) or end as a team's, a
 * department's, an office's or a port's name does (물류팀, 영업부, 기획실, 인천항).
 */
/** A Hebrew job title: a manager, a deputy or a chief executive, an engineer, a representative. */
const TITLE_HE = /^(?:מנהל|מנהלת|סמנכ["״]ל|מנכ["״]ל|מהנדס|מהנדסת|נציג|נציגת|רכז|רכזת|אחראי|אחראית)(?:\s|$)/;

/**
 * A name in Hebrew letters: two or three words (a given name and a surname, perhaps a second given
 * name), a geresh in a borrowed sound (סאמר ח'ורי). Hebrew has no capitals to tell a name by, so
 * words of titles, departments and headings tell what is none (HEBREW_NOT_NAME).
 */
export const HEBREW_NAME_SOURCE = String.raw`[\u05d0-\u05ea][\u05d0-\u05ea'׳-]{1,14}(?: [\u05d0-\u05ea][\u05d0-\u05ea'׳-]{1,14}){1,2}`;
const HEBREW_NAME = new RegExp(`^${HEBREW_NAME_SOURCE}$`);
/**
 * Hebrew words of a job, a department, a place or a heading, never of a name: manager, deputy
 * director (סמנכ"ל), sales, service, customers, orders, office, accounts, contact us, branch,
 * region, north and south, engineer, support, marketing, purchasing, export.
 */
const HEBREW_NOT_NAME =
  / (?:מנהל|מנהלת|מנהלי|סמנכ"ל|מנכ"ל|סמנכ״ל|מנכ״ל|מכירות|שירות|לקוחות|הזמנות|משרד|המשרד|מחלקת|מחלקה|הנהלת|חשבונות|צור|קשר|סניף|אזור|מרכז|צפון|דרום|מהנדס|מהנדסת|יישום|תמיכה|טכנית|שיווק|רכש|יצוא|ייצוא|משאבי|אנוש|טלפון|נייד|פקס|כתובת|שעות|פעילות|דרושים|קבלה|מידע|נוסף|נגישות|פרטיות|מדיניות|הצהרת|לקוח|ספקים|מפעל|מחסן|אתר|בית|דף|ראשי|אודות|מוצרים|פרויקטים|חדשות|ישראל|עמק|גליל|ישיר|טל'|טל׳|דוא"ל) /;

export function looksLikeKoreanName(s: string): boolean {
  if (!KOREAN_NAME.test(s) || NOT_A_NAME_KO.test(s)) return false;
  if (s.length === 4) return KOREAN_COMPOUND_SURNAMES.test(s);
  return KOREAN_SURNAMES.has(s[0] ?? '');
}
const KOREAN_NAME = /^[\uac00-\ud7a3]{3,4}$/;
const NOT_A_NAME_KO =
  /^(?:이메일|연락처|담당자|관리자|대표자|책임자|오시는|한국어|고객님|방문객|안내문|주소지|전화번호|대표번호|고객센터|공지사항|개인정보|사업자|사이트|홈페이지|인사말|소개서|문의처|견적서|신청서|위치도)$|(?:팀|부|실|처|항|청|과|센터|지점|본부)$/;

/**
 * A two- or three-character Chinese name spaced out to line up with longer ones in a list (王　芳,
 * 李 娜): pages pad them with an ideographic or a plain space.
 */
export const SPACED_OUT_HAN_NAME = /^[\u4e00-\u9fa5](?:\s+[\u4e00-\u9fa5]){1,2}$/;

/**
 * A Japanese name as Japanese pages write it, surname and given name apart (佐藤 健一, 高橋 美穂,
 * 佐藤 ゆかり): one to three kanji, a space, one to three kanji or a few kana. Read only where a
 * label says a name follows (担当：, 氏名：): in running Chinese the same shape is more often two
 * names (张伟 李娜), a name and how to address them (陈静 女士) or a name and a title, which are
 * not one name. A given name starting with a common Chinese surname is read as a second name, so
 * 高橋 明美 is not read as one person, and characters that mostly write places and units (部 of
 * 服部) say it is none, unless the page attests it is one Japanese name (attested): its reading in
 * kana written with it (杉浦 康弘（すぎうら やすひろ）) or its Latin form (服部 慎吾 Shingo Hattori).
 */
export function looksLikeFamilyGivenName(text: string, attested = false): boolean {
  const m = FAMILY_GIVEN.exec(text);
  if (m === null) return false;
  const family = m[1] ?? '';
  const given = m[2] ?? '';
  return (
    !NOT_A_NAME_ZH.test(family) &&
    (attested || !NOT_IN_NAME_ZH.test(family)) &&
    (attested || !SURNAMES.has(given[0] ?? '')) &&
    !NOT_A_NAME_ZH.test(given) &&
    (attested || !NOT_IN_NAME_ZH.test(given)) &&
    !HONORIFIC_ZH.test(given) &&
    !/^[男女]$/.test(given) &&
    !looksLikeTitle(given)
  );
}

// 々 repeats the kanji before it (佐々木, 奈々): never a name's first character.
const FAMILY_GIVEN =
  /^([\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,2})[ \u3000]([\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,2}|[\u3040-\u30ff]{2,4})$/;

/**
 * Vietnam's cities and provinces of two words, which a branch's heading names and which read as a
 * Vietnamese name does (Hải Phòng, Đà Nẵng). Not Hồ Chí Minh, a person's name too.
 */
const VIETNAMESE_PLACES: ReadonlySet<string> = new Set(
  [
    'Hà Nội',
    'Hải Phòng',
    'Đà Nẵng',
    'Cần Thơ',
    'Sài Gòn',
    'Nha Trang',
    'Vũng Tàu',
    'Biên Hòa',
    'Đà Lạt',
    'Hạ Long',
    'Huế',
    'Thủ Đức',
    'Bắc Ninh',
    'Hải Dương',
    'Hưng Yên',
    'Quảng Ninh',
    'Thanh Hóa',
    'Nghệ An',
    'Nam Định',
    'Thái Nguyên',
    'Vĩnh Phúc',
    'Quảng Nam',
    'Quảng Ngãi',
    'Bình Định',
    'Khánh Hòa',
    'Lâm Đồng',
    'Bình Dương',
    'Đồng Nai',
    'Long An',
    'Tây Ninh',
    'Bà Rịa',
    'An Giang',
    'Kiên Giang',
    'Phú Quốc',
  ].map((place) => place.toLowerCase()),
);

/** A generation written after a name: Jr., Sr., II, III, IV. */
const GENERATION = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A person's name: 2–4 Han characters starting with a common surname, or 2–4 capitalised words. */
export function looksLikePersonName(text: string): boolean {
  const s = text.trim().replace(HONORIFIC_ZH, '');
  if (s.length < 2 || s.length > 40) return false;
  if (HAN_NAME.test(s)) return looksLikeChineseName(s, true);
  if (KOREAN_NAME.test(s)) return looksLikeKoreanName(s);
  if (HEBREW_NAME.test(s)) return !HEBREW_NOT_NAME.test(` ${s} `);
  // 欧阳·娜娜, Han names with a middle dot (ethnic minorities and transliterations).
  if (/^[\u4e00-\u9fa5]{1,6}[·•][\u4e00-\u9fa5]{1,8}$/.test(s)) return true;
  // ZA Mayencin, ZI Molina-La Chazotte: a French business park, the first line of an address.
  if (FRENCH_ZONE.test(s)) return false;
  if (VIETNAMESE_PLACES.has(s.toLowerCase())) return false;
  // A generation after the name (Robert J. Smith Jr., Henry Ford II) is part of it, not a word to judge.
  const words = s.replace(GENERATION, '').split(/\s+/);
  // A name's particles (de la Garza, van der Berg) and patronymics are no words of their own.
  const counted = words.length - words.filter((w) => PATRONYMIC.test(w) || NAME_PARTICLE.test(w)).length;
  if (counted < 2 || counted > 4) return false;
  let capitalised = 0;
  for (const w of words) {
    if (
      !(EN_NAME_WORD.test(w) || SHORTENED_NAME.test(w)) ||
      NOT_A_NAME_EN.test(w.replace(/[.,]$/, '')) ||
      GERMAN_NOUN.test(w)
    )
      return false;
    if (CAPITALISED.test(w)) capitalised++;
  }
  return capitalised >= 2 && !ALL_CAPITALS.test(words.join(''));
}

/**
 * A German noun of what a person does or is in charge of, which a team card's description opens
 * with (Sanierung von Steigleitungen, Leitung der Buchhaltung): no name ends so (Hung and Trung
 * are too short to be taken for one).
 */
const GERMAN_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ung|ungen|heit|keit|schaft)$/u;

/** A French zone d'activité or industrielle, as an address opens with it (ZA, ZI, ZAC, ZAE). */
const FRENCH_ZONE = /^(?:ZA|ZI|ZAC|ZAE)\s/;

/** A given name written short, as Indian and Malaysian names write Mohammed: Mohd., Md., Muhd. */
const SHORTENED_NAME = /^(?:Mohd|Md|Muhd|Mohd\.?\s?Abd|Wm|Chas|Thos|Jas|Geo)\.$/;

/**
 * Title words, with those of Taiwan's companies (副理, 襄理, 协理, 课长, 执行长, 特助) and a Japanese
 * branch's resident (駐在, read folded as 驻在) and 係長.
 */
const TITLE_ZH =
  /经理|总监|总经理|主管|工程师|销售|总裁|董事|主任|专员|顾问|助理|代表|副总|负责人|创始人|合伙人|设计师|会计|律师|教授|秘书|经纪人|采购|部长|科长|处长|局长|院长|校长|店长|厂长|所长|总工|首席|主席|客户经理|商务|研究员|分析师|医生|医师|护士长|护师|药师|技师|讲师|编辑|记者|运营|产品经理|架构师|实习生|组长|业务员|会长|秘书长|社长|站长|队长|职员|文员|副理|襄理|协理|课长|执行长|特助|驻在|係长|系长/;
/**
 * A Korean company's ranks and posts, last in a title: 과장, 대리, 팀장, 차장, 대표이사, 영업팀 주임,
 * 안전관리 담당.
 */
const TITLE_KO =
  /(?:사원|주임|대리|과장|차장|부장|팀장|실장|본부장|지점장|센터장|소장|이사|상무|전무|부사장|사장|대표|대표이사|회장|고문|매니저|선임|책임|수석|연구원|담당|담당자)$/;
/** Words holding a title's characters that are no job: 代表作品 (works, not 代表 a representative), 案例. */
const NOT_TITLE_ZH = /代表作|作品|案例/;
const TITLE_EN =
  /\b(?:CEO|CTO|CFO|COO|CMO|CIO|CPO|CSO|CRO|VP|SVP|EVP|GM|Manager|Director|Head|Vice President|President|Engineer|Founder|Co-?founder|Partner|Consultant|Officer|Lead|Specialist|Representative|Sales|Executive|Analyst|Designer|Developer|Architect|Coordinator|Assistant|Owner|Chair(?:man|woman|person)?|Principal|Buyer|Procurement|Account|Attorney|Counsel|Advisor|Adviser|Associate|Administrator|Supervisor|Secretary|Professor|Editor|Producer|Strategist|Scientist|Researcher|Intern|Recruiter|Controller|Treasurer|Marketing|Operations|Surveyor|Superintendent|Handler|Broker|Agent|Solicitor|Lawyer|Trainee|Planner|Underwriter|Accountant|Auditor|Actuary|Therapist|Physiotherapist|Psychologist|Psychiatrist|Physician|Surgeon|Nurse|Midwife|Dietitian|Dietician|Counsell?or|Optometrist|Audiologist|Dentist|Orthodontist|Paediatrician|Pediatrician|Obstetrician|Gyn(?:a)?ecologist|Radiologist|Cardiologist|Dermatologist|Anaesthetist|Anesthesiologist|Clinician|Technician|Receptionist|Paralegal|Negotiator|Resourcer|Realtor|Pharmacist|Teacher|Tutor|Merchandiser|Leiter|Leiterin|Geschäftsführer|Geschäftsführerin|Vertrieb)\b/i;
/** The titles' abbreviations in capitals only: Md. is Muhammad written short, as Bangladesh writes it. */
const TITLE_EN_CASED = /\b(?:CEO|CTO|CFO|COO|CMO|CIO|CPO|CSO|CRO|VP|SVP|EVP|GM|MD)\b/;
/**
 * A German job or department, compound words among them: Projektleiter, Assistentin der
 * Geschäftsleitung, Aussendienst, Verkaufsberaterin, Qualitätsbeauftragter, Industriekaufmann.
 * Not Meister, which is as often a surname.
 */
const TITLE_DE =
  /(?:leiter(?:in)?|leitung|führer(?:in)?|assistent(?:in)?|dienst|berater(?:in)?|ingenieur(?:in)?|techniker(?:in)?|beauftragte[rn]?|verantwortliche[rn]?|sachbearbeiter(?:in)?|referent(?:in)?|kauf(?:mann|frau)|vertrieb|verkauf|einkauf|inhaber(?:in)?|prokurist(?:in)?|mitarbeiter(?:in)?|disponent(?:in)?|konstrukteur(?:in)?)(?![a-zäöüß])/i;

/**
 * A job or a department in the other languages pages come in, as a word of its own: Spanish and
 * Portuguese (Gerente Comercial, Ejecutiva de Cuentas Clave, Soporte Técnico, Encargado de
 * sucursal), French and Italian (Responsable SAV, Chargée d'affaires, Direttore commerciale),
 * Dutch (Eigenaar, Medewerker verkoop, Accountmanager), Polish (Kierownik działu handlowego,
 * Specjalista ds. sprzedaży), Czech (Jednatel, Obchodní ředitelka), Slovak (Vedúci strediska), Indonesian and Turkish
 * (Kepala Cabang, Satış Müdürü, Satış Mühendisi, Teknik Servis Şefi, Muhasebe Uzmanı), Portuguese
 * (Diretora Comercial, Responsável), Greek (Εμπορικός Διευθυντής, Υπεύθυνος καταστήματος) and
 * Hebrew (מנהלת המשרד, מנהל הסניף, סמנכ"ל מכירות), Malay (Pengarah Jualan, Penyelaras Jualan,
 * Eksekutif Akaun), Croatian (Voditeljica nabave, Servisni tehničar, Komercijalist), Norwegian
 * (Verkstedformann, Salgssjef, Daglig leder), Lithuanian (Pardavimų vadovas, Vadybininkė),
 * Bulgarian (Търговски представител, Ръководител производство, Главен счетоводител) and Ukrainian
 * (Представник у Києві, Сервісний інженер, Головна бухгалтерка). None is a given
 * name or a family name.
 */
const TITLE_ABROAD =
  /(?:^|[\s(/–-])(?:gerente|directora?|directeur|directrice|direttore|direttrice|jef[ea]|coordinador[a]?|coordinatrice|coordinatore|ejecutiv[oa]|asesor[a]?|encargad[oa]|representante|vendedor[a]?|supervisor[a]?|soporte|ventas|responsable|responsabile|charg[ée]e?|commerciale?|ingenier[oa]|ingénieur|technicien(?:ne)?|t[ée]cnic[oa]|comptable|contador[a]?|fundador[a]?|administrador[a]?|analista|consultor[a]?|especialista|recepcionista|dyrektor|kierownik|specjalista|handlowiec|przedstawiciel|prezes|właściciel(?:ka)?|księgow[ay]|menedżer|doradca|eigenaar|medewerker|verkoop|inkoop|adviseur|monteur|projectleider|accountmanager|bedrijfsleider|jednatel(?:ka)?|ředitel(?:ka)?|obchodní|vedoucí|ved[úu]c[iaá]|riadite[ľl](?:ka)?|manažer(?:ka)?|účetní|konzultant(?:ka)?|direktur|manajer|kepala|diretor(?:a)?|gestor(?:a)?|respons[áa]vel|διευθ[υύ]ντ[ήη]ς|διευθ[υύ]ντρια|υπε[υύ]θυνος|υπε[υύ]θυνη|προϊστ[αά]μεν(?:ος|η)|μηχανικ[οό]ς|σ[υύ]μβουλος|εκπρ[οό]σωπος|αντιπρ[οό]σωπος|π[ωώ]λησε?ων|εξαγωγ[ωώ]ν|λογιστ[ήη]ριο|γραμματε[ίι]α|müdür[üu]?|sorumlu(?:su)?|temsilci(?:si)?|mühendis(?:i)?|şef(?:i)?|uzman(?:ı)?|yönetici(?:si)?|satış|muhasebe(?:ci(?:si)?)?|teknisyen(?:i)?|asistan(?:ı)?|koordinatör(?:ü)?|danışman(?:ı)?|direktör(?:ü)?|pengarah|pengurus|penyelaras|eksekutif|pegawai|ketua|penolong|setiausaha|pentadbir|juruteknik|jurutera|akauntan|kerani|voditelj(?:ica)?|direktor(?:ica)?|referent(?:ica)?|tehničar(?:ka)?|specijalist(?:ica)?|komercijalist(?:ica)?|verkstedformann|salgssjef|serviceleder|servicetekniker|lagerleder|daglig leder|innesalg|vadov[aė]s?|vadybinink(?:as|ė)|buhalter(?:is|ė)|direktorius|direktorė|управител|директор|ръководител|мениджър(?:ът)?|представител|счетоводител|технолог(?:ът)?|конструктор|дизайнер|логист|офис-мениджър(?:ът)?|представник|менеджер(?:ка)?|завідувач(?:ка)?|бухгалтер(?:ка)?|тренер(?:ка)?|інженер(?:ка)?|диспетчер(?:ка)?|керівник|начальник)(?![\p{L}])/iu;

/** The number of a notice's section or item before its words: 2.采购代理机构信息, 三、联系方式. */
const NUMBERED_HEADING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*[\u4e00-\u9fa5]/;

/** A job title: contains a title keyword (经理, 总监, Manager, Head, VP …) and is short. */
export function looksLikeTitle(text: string): boolean {
  const s = text.trim();
  if (s.length < 2 || s.length > 60 || /\d{3}|@|https?:|head office|headquarters|总部/i.test(s)) return false;
  // "2.采购代理机构信息", "三、联系方式": a numbered heading of a notice, not someone's job.
  if (NUMBERED_HEADING.test(s)) return false;
  if (looksLikeOrganization(s)) return false;
  if (TITLE_ZH.test(s)) return s.length <= 20 && !NOT_TITLE_ZH.test(s);
  if (TITLE_KO.test(s)) return s.length <= 20;
  if (TITLE_HE.test(s)) return s.split(/\s+/).length <= 5;
  if (TITLE_EN_CASED.test(s)) return true;
  if (!TITLE_EN.test(s))
    return (TITLE_DE.test(s) || TITLE_ABROAD.test(s)) && s.split(/\s+/).length <= 6 && !/[.!?]$/.test(s);
  // "Head of Partnerships", "Sales Manager": mostly capitalised words, not a sentence.
  const words = s.split(/\s+/);
  return words.length <= 8 && !/[.!?。！？]$/.test(s);
}

const ORG_SUFFIX_ZH =
  /(?:有限公司|有限责任公司|股份公司|集团|公司|研究院|研究所|事务所|工作室|银行|大学|学院|医院|协会|商会|基金会|株式会社|商行|委员会|出版社|科技|实业|贸易|控股|厂)(?:[（(][^)）]{1,20}[)）])?$/;
/** An English organisation name starts with a capital or a digit (or is Chinese with an English suffix). */
const ORG_START = /^\p{Lu}|^\d|^[\u4e00-\u9fa5]/u;
const ORG_SUFFIX_EN =
  /(?:\b(?:Inc|Ltd|LLC|LLP|LP|PLC|plc|GmbH|AG|SA|S\.A|SAS|SARL|BV|B\.V|NV|N\.V|Pty|Pte|Co|Corp|KK|K\.K|AB|AS|A\/S|Oy|SpA|S\.p\.A|Srl|S\.r\.l|Sdn Bhd|Bhd|Ltda|EIRL|I\.K\.E|E\.P\.E)\.?|\b(?:Limited|Corporation|Company|Group|Holdings|Partners|Associates|Foundation|University|Institute|Bank|Trading|Technologies|Technology|Solutions|Systems|Industries|Enterprises|Consulting|Logistics|Labs|Studio|Agency|Hospital|College|Council|Association|Society|Centre|Center|Analytics|Lines|Hub|Network|Cooperative|Summit))\s*$/;

/**
 * A company's legal form before its name, as the Baltic states, the Nordic countries and Ukraine
 * write it: SIA „Elektrolīnija”, OÜ Valgusmaailm, UAB Baldai, AS Tartu Mill, AB Volvo, ТОВ «Галкава».
 */
const ORG_PREFIX = /^(?:SIA|OÜ|AS|UAB|AB|ТОВ)\s+[\p{Lu}„“"«]/u;

/**
 * An organisation name: ends with a company suffix (有限公司, 集团, Inc., Ltd., GmbH …), or starts
 * with its legal form (ORG_PREFIX).
 */
export function looksLikeOrganization(text: string): boolean {
  const s = text.trim().replace(/[,，]$/, '');
  if (s.length < 2 || s.length > 80 || /@|https?:|\d{5}/.test(s)) return false;
  if (ORG_PREFIX.test(s)) return true;
  // The suffixes sit at the end: test the tail only (the patterns end in $, which costs a try at
  // every position of a long line otherwise).
  const tail = s.slice(-32);
  if (ORG_SUFFIX_ZH.test(tail)) return s.length >= 4 && !/[：:，,。]/.test(s);
  if (!ORG_SUFFIX_EN.test(tail) || !ORG_START.test(s)) return false;
  // A suffix word alone ("Industries" in a menu) names no one.
  const words = s.split(/\s+/).length;
  return words >= 2 && words <= 10;
}

/** A company suffix on its own ("Inc.", "Ltd"): the tail of "Acme, Inc." split at the comma. */
export function isBareOrgSuffix(text: string): boolean {
  return /^(?:Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SA|BV|NV|Pty|Pte|Co|Corp|Limited)\.?$/i.test(text.trim());
}

/** Strips a trailing honorific from a Chinese name: 陈静女士 → 陈静. */
export function cleanPersonName(text: string): string {
  return text.trim().replace(HONORIFIC_ZH, '').trim();
}
