// One card per person: small pages that each show one rule of how the extractor tells people
// apart and whose data is whose (the corpus tests the same on whole pages).
import { describeEvidence, type ExtractedContact, extractPage } from '@crm/shared';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

function extract(body: string, head = '', url = 'https://www.example.cn/contact', region = 'CN') {
  const html = `<!doctype html><html lang="${url.endsWith('.cn/contact') ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  return extractPage(parseHTML(html).document, { region, url, timeBudgetMs: 60_000 });
}

const people = (contacts: readonly ExtractedContact[]) =>
  contacts.filter((c) => c.name !== null).map((c) => [c.name, c.emails, c.phones]);

describe('people on a page', () => {
  it.each<[string, string, Array<[string, string[], string[]]>]>([
    [
      'labelled people in one block of lines, a blank line between them',
      '<div>联系人：孙晓峰<br>手机：13969812245<br><br>联系人：刘倩<br>邮箱：liuqian@boyuan-expo.com</div>',
      [
        ['孙晓峰', [], ['+8613969812245']],
        ['刘倩', ['liuqian@boyuan-expo.com'], []],
      ],
    ],
    [
      'Name（Title） lines in paragraphs after the company lines',
      '<p>总机：0571-8765 4321</p><p>张伟（销售经理）</p><p>手机：138 5712 3456</p><p>李娜（商务总监）</p><p>邮箱：lina@lvzhou-env.cn</p>',
      [
        ['张伟', [], ['+8613857123456']],
        ['李娜', ['lina@lvzhou-env.cn'], []],
      ],
    ],
    [
      'table rows, the name in its column',
      '<table><tr><th>姓名</th><th>手机</th></tr><tr><td>许岚</td><td>13812938845</td></tr><tr><td>温婷</td><td>15157391264</td></tr></table>',
      [
        ['许岚', [], ['+8613812938845']],
        ['温婷', [], ['+8615157391264']],
      ],
    ],
    [
      'a table whose office line spans two people’s rows: the second row’s cells under their own columns',
      '<table><tr><th>部门</th><th>联系人</th><th>职务</th><th>办公电话</th><th>手机</th><th>电子邮箱</th></tr>' +
        '<tr><td rowspan="2">招商二局</td><td>邵晓燕</td><td>副局长</td><td rowspan="2">0575-8826 8023</td><td>159 5750 8812</td><td>shaoxy@qxkfq.gov.cn</td></tr>' +
        '<tr><td>宣立群</td><td>招商专员</td><td>189 6753 1204</td><td>xuanlq@qxkfq.gov.cn</td></tr>' +
        '<tr><td colspan="2">钟灵</td><td>科长</td><td>0575-8826 8046</td><td></td><td>zhongling@qxkfq.gov.cn</td></tr></table>',
      [
        ['邵晓燕', ['shaoxy@qxkfq.gov.cn'], ['+8657588268023', '+8615957508812']],
        ['宣立群', ['xuanlq@qxkfq.gov.cn'], ['+8618967531204']],
        ['钟灵', ['zhongling@qxkfq.gov.cn'], ['+8657588268046']],
      ],
    ],
    [
      'a 联系人： after the sentence of an office’s address',
      '<ul><li><strong>上海联络处：</strong>上海市浦东新区世纪大道 1500 号东方大厦 12 楼 1206 室（邮编 200122）。联系人：蒋文涛，手机：139 1788 4402。</li>' +
        '<li><strong>深圳联络处：</strong>深圳市福田区深南大道 6008 号 2307 室。联系人：汤丽，手机：137 2341 6698。</li></ul>',
      [
        ['蒋文涛', [], ['+8613917884402']],
        ['汤丽', [], ['+8613723416698']],
      ],
    ],
    [
      'cards whose titles are capitalised like names, and names in capitals',
      '<div><div class="x"><h5>KEVIN LIU</h5><h6>ACCOUNT EXECUTIVE</h6><a href="mailto:kevin@brightwave.io">mail</a></div>' +
        '<div class="x"><h5>ROSA MARTINEZ</h5><h6>HEAD OF SALES</h6><a href="mailto:rosa@brightwave.io">mail</a></div></div>',
      [
        ['Kevin Liu', ['kevin@brightwave.io'], []],
        ['Rosa Martinez', ['rosa@brightwave.io'], []],
      ],
    ],
    [
      'forum signatures: a surname and how to address its bearer kept whole, a full name without its 女士',
      '<div class="post"><p>请问这款还有货吗？</p><div class="sig">刘先生 手机/微信同号：13512345678</div></div>' +
        '<div class="post"><p>有的，欢迎来电</p><div class="sig">周女士 电话：0755-8888 6666</div></div>' +
        '<div class="post"><p>我们也要一批</p><div class="sig">陈经理<br>手机：139 1234 5678</div></div>' +
        '<div class="post"><p>已发邮件</p><div class="sig">陈静女士 邮箱：chenjing@huaxin-trade.cn</div></div>',
      [
        ['刘先生', [], ['+8613512345678']],
        ['周女士', [], ['+8675588886666']],
        ['陈经理', [], ['+8613912345678']],
        ['陈静', ['chenjing@huaxin-trade.cn'], []],
      ],
    ],
    [
      'names with a middle initial and a generation after them',
      '<div class="card"><h4>Robert J. Smith Jr.</h4><p>rsmith@hallandsmith.com</p></div>' +
        '<div class="card"><h4>Henry Ford II</h4><p>hford@hallandsmith.com</p></div>',
      [
        ['Robert J. Smith Jr.', ['rsmith@hallandsmith.com'], []],
        ['Henry Ford II', ['hford@hallandsmith.com'], []],
      ],
    ],
    [
      'names written with a middle dot (艾力·买买提), and a dot before a title',
      '<div class="card"><h3>艾力·买买提</h3><p>手机：13999001234</p></div>' +
        '<div class="card"><p>联系人：古丽娜尔·吐尔逊 手机：13999005678</p></div>' +
        '<div class="card"><p>张伟·销售经理</p><p>13800001111</p></div>',
      [
        ['张伟', [], ['+8613800001111']],
        ['艾力·买买提', [], ['+8613999001234']],
        ['古丽娜尔·吐尔逊', [], ['+8613999005678']],
      ],
    ],
    [
      'a profile whose name and job title are both headings',
      '<div class="profile"><h1>Priya Sharma</h1><h2>Head of Procurement</h2><p>+65 9123 4567</p></div>',
      [['Priya Sharma', [], ['+6591234567']]],
    ],
    [
      'names spaced out to line up in a list (王　芳), and a Chinese name before its pinyin',
      '<div class="card"><h3>王　芳</h3><p>手机：13911112222</p></div>' +
        '<div class="card"><h3>李 娜</h3><p>手机：13911114444</p></div>' +
        '<div class="card"><h3>陈伟 Chen Wei</h3><p>手机：13911113333</p></div>',
      [
        ['王芳', [], ['+8613911112222']],
        ['李娜', [], ['+8613911114444']],
        ['陈伟 Chen Wei', [], ['+8613911113333']],
      ],
    ],
    [
      'names that end in a label word (Patel ends in tel, Marcell in cell)',
      '<div class="card"><p>Nina Patel | Key Account Manager | nina.patel@orbitlog.co.uk</p></div>' +
        '<div class="card"><p>Peter Marcell</p><p>p.marcell@orbitlog.co.uk</p></div>',
      [
        ['Nina Patel', ['nina.patel@orbitlog.co.uk'], []],
        ['Peter Marcell', ['p.marcell@orbitlog.co.uk'], []],
      ],
    ],
    [
      'a greeting names the reader, not the writer',
      '<div>Hi Li Ming,</div><div>Thanks for the quote.</div><div>Best regards,</div><div>Kevin Liu</div><div>kevin.liu@pacificbridge.com</div>',
      [['Kevin Liu', ['kevin.liu@pacificbridge.com'], []]],
    ],
    [
      'several people on one line, each with the mobile written after them',
      '<div><p>公司名称：温州瑞丰阀门制造有限公司</p><p>销售电话：0577-8698 1101</p>' +
        '<p>销售经理：林海峰 13806610021　潘晓燕 13958853364　金建 18857713390</p></div>',
      [
        ['林海峰', [], ['+8613806610021']],
        ['潘晓燕', [], ['+8613958853364']],
        ['金建', [], ['+8618857713390']],
      ],
    ],
    [
      'two people after one English label, a comma between them',
      '<div><p>Acme Packaging Inc.</p><p>Contacts: Nina Patel +1 212 736 5000, Jane Doe +1 415 982 3100</p></div>',
      [
        ['Nina Patel', [], ['+12127365000']],
        ['Jane Doe', [], ['+14159823100']],
      ],
    ],
    [
      'two people under one label, each called by surname and how to address them',
      '<div><p>义乌市晨光工艺品厂</p><p>联系人：林先生 13806610021 潘小姐 手机：13958853364</p></div>',
      [
        ['林先生', [], ['+8613806610021']],
        ['潘小姐', [], ['+8613958853364']],
      ],
    ],
    [
      'two people in one cell of a row, their mobiles one per line in the next cell, paired in order',
      '<table><tr><th>展商名称</th><th>联系人</th><th>电话</th><th>E-mail</th></tr>' +
        '<tr><td>山东威达数控刀具股份有限公司</td><td>刘敏、高鹏</td><td>13969021785<br>15854217730</td><td>export@weida-tools.cn</td></tr>' +
        '<tr><td>青岛海纳激光设备有限公司</td><td>王海燕</td><td>0532-6677 1208</td><td>wanghy@hainalaser.com</td></tr></table>',
      [
        ['刘敏', [], ['+8613969021785']],
        ['高鹏', [], ['+8615854217730']],
        ['王海燕', ['wanghy@hainalaser.com'], ['+8653266771208']],
      ],
    ],
    [
      'two people in one cell with one number between them: whose it is is unknown, and it is no one’s',
      '<table><tr><th>办事处</th><th>负责人</th><th>手机</th></tr>' +
        '<tr><td>内蒙古办事处</td><td>白雪峰、孙强</td><td>133-0471-2256</td></tr>' +
        '<tr><td>四川办事处</td><td>杨帆</td><td>186-8200-7715</td></tr>' +
        '<tr><td>云贵办事处</td><td>乌力吉 / 段丽萍</td><td>158-7716-0043<br>0871-6531 2209<br>139-8715-6620</td></tr></table>',
      [['杨帆', [], ['+8618682007715']]],
    ],
    [
      'a person named after a department’s label (商务合作, 售后, 科研合作联系人) answers it',
      '<div><p>成都迅联科技有限公司</p><p>客服热线：400-6655-218</p><p>商务合作：王振宇 13880427716</p>' +
        '<p>售后：吴师傅 0574-8765 2213</p></div>' +
        '<div class="notice"><h2>医患沟通</h2><p>医务科（投诉受理）：028-8268 5012　联系人：彭科长</p>' +
        '<p>科研合作联系人：张启明 博士，电话 13880427799，邮箱 zhangqm@cd5h.cn</p></div>',
      [
        ['王振宇', [], ['+8613880427716']],
        ['吴师傅', [], ['+8657487652213']],
        ['彭科长', [], ['+862882685012']],
        ['张启明', ['zhangqm@cd5h.cn'], ['+8613880427799']],
      ],
    ],
    [
      'a title before the name (销售经理 张伟, 行政主任 林佩君 小姐)',
      '<div class="c"><p>销售经理 张伟</p><p>手机：13906800423</p><p>邮箱：zhangwei@abc-valve.com</p></div>' +
        '<div class="c"><h4>合作洽詢</h4><p>行政主任 林佩君 小姐</p><p>手機：+886 932-118-476</p></div>',
      [
        ['张伟', ['zhangwei@abc-valve.com'], ['+8613906800423']],
        ['林佩君', [], ['+886932118476']],
      ],
    ],
    [
      'an English given name before a Chinese name is one person (Vivian 周晓雯); a market named in both scripts is no one',
      '<table><tr><th>姓名 Name</th><th>负责市场 Market</th><th>手机/WhatsApp</th><th>邮箱 E-mail</th></tr>' +
        '<tr><td>Vivian 周晓雯</td><td>欧洲 Europe</td><td>+86 135 8621 7730</td><td>vivian@kaida-trade.com</td></tr>' +
        '<tr><td>Jack Ma 马骏</td><td>北美 North America</td><td>+86 138 5749 2216</td><td>jack@kaida-trade.com</td></tr>' +
        '<tr><td>Cherry 李思思</td><td>中东 Middle East</td><td>+86 159 5828 0431</td><td>cherry@kaida-trade.com</td></tr></table>',
      [
        ['Vivian 周晓雯', ['vivian@kaida-trade.com'], ['+8613586217730']],
        ['Jack Ma 马骏', ['jack@kaida-trade.com'], ['+8613857492216']],
        ['Cherry 李思思', ['cherry@kaida-trade.com'], ['+8615958280431']],
      ],
    ],
    [
      'one line per person after what they answer for (参会报名：赵敏 手机：… 邮箱：…)',
      '<div class="contact-box"><h3>会务组联系方式</h3>' +
        '<p>参会报名：赵敏　手机：139 1122 5867　邮箱：<a href="mailto:zhaomin@coldchain-summit.cn">zhaomin@coldchain-summit.cn</a></p>' +
        '<p>赞助合作：孙强　手机：186 0135 7742　邮箱：<a href="mailto:sunqiang@coldchain-summit.cn">sunqiang@coldchain-summit.cn</a></p>' +
        '<p>会务热线：010-8460 7788</p></div>',
      [
        ['赵敏', ['zhaomin@coldchain-summit.cn'], ['+8613911225867']],
        ['孙强', ['sunqiang@coldchain-summit.cn'], ['+8618601357742']],
      ],
    ],
    [
      'one line per person whose first name is not read: its numbers are not the next person’s',
      '<div class="contact-box"><h3>会务组联系方式</h3>' +
        '<p>参会报名：小赵　手机：139 1122 5867　邮箱：<a href="mailto:zhaomin@coldchain-summit.cn">zhaomin@coldchain-summit.cn</a></p>' +
        '<p>赞助合作：孙强　手机：186 0135 7742　邮箱：<a href="mailto:sunqiang@coldchain-summit.cn">sunqiang@coldchain-summit.cn</a></p>' +
        '<p>会务热线：010-8460 7788</p></div>',
      [['孙强', ['sunqiang@coldchain-summit.cn'], ['+8618601357742']]],
    ],
    [
      'a team card’s row of icon links, their screen-reader words (Linkedin Envelope) no name',
      '<div class="elementor-column"><h3>Mark Dawson</h3><p>Managing Director</p><div class="elementor-social-icons-wrapper">' +
        '<a href="https://www.linkedin.com/in/markdawson-harbourline/"><span class="elementor-screen-only">Linkedin</span></a>' +
        '<a href="mailto:mark.dawson@harbourline.com.au"><span class="elementor-screen-only">Envelope</span></a>' +
        '<a href="tel:+61412558031"><span class="elementor-screen-only">Phone</span></a></div></div>' +
        '<div class="elementor-column"><h3>Priya Nair</h3><p>Customs Broker</p><div class="elementor-social-icons-wrapper">' +
        '<a href="https://www.linkedin.com/in/priyanair-customs/"><span class="elementor-screen-only">Linkedin</span></a>' +
        '<a href="mailto:priya.nair@harbourline.com.au"><span class="elementor-screen-only">Envelope</span></a></div></div>',
      [
        ['Mark Dawson', ['mark.dawson@harbourline.com.au'], ['+61412558031']],
        ['Priya Nair', ['priya.nair@harbourline.com.au'], []],
      ],
    ],
    [
      'a profile: the name heading it, then its own Contact Info, Phone and Email sections',
      '<section class="pv-top-card"><div><h1>Daniel Okafor</h1><div>Head of Procurement at Lagos Agro Foods</div>' +
        '<span>Lagos, Nigeria</span></div><div class="pv-contact-info"><h2>Contact Info</h2>' +
        '<section><h3>Daniel’s Profile</h3><a href="https://www.prolink.example/in/daniel-okafor">prolink.example/in/daniel-okafor</a></section>' +
        '<section><h3>Phone</h3><ul><li>+234 803 555 0147 (Mobile)</li></ul></section>' +
        '<section><h3>Email</h3><a href="mailto:d.okafor@lagosagrofoods.ng">d.okafor@lagosagrofoods.ng</a></section>' +
        '<section><h3>Connected</h3><span>Mar 14, 2022</span></section></div></section>',
      [['Daniel Okafor', ['d.okafor@lagosagrofoods.ng'], ['+2348035550147']]],
    ],
    [
      'a line listing the company’s mailbox with another is not the person’s read before it',
      '<div><p>技术支持：叶工 13705876612</p><p>QQ：88752310</p><p>邮　　箱：sales@rf-valve.com　linhf@rf-valve.com</p></div>',
      [['叶工', [], ['+8613705876612']]],
    ],
    [
      'Japanese names after 担当：, surname and given name apart; two Chinese names after 联系人： stay two',
      '<div class="tanto"><h3>海外営業部</h3><p>担当：佐藤 健一（部長）</p><p>携帯：139 1673 5528</p><p>E-mail：k.sato@minato-seiko.co.jp</p></div>' +
        '<div class="tanto"><h3>技術サポート</h3><p>担当：高橋 美穂</p><p>E-mail：m.takahashi@minato-seiko.co.jp</p></div>' +
        '<div class="tanto"><h3>销售部</h3><p>联系人：张伟 李娜</p><p>电话：021-6234 5678</p></div>',
      [
        ['佐藤 健一', ['k.sato@minato-seiko.co.jp'], ['+8613916735528']],
        ['高橋 美穂', ['m.takahashi@minato-seiko.co.jp'], []],
      ],
    ],
    [
      'agents in a row of spans, each with their shop named after its street (花木路店), not an address',
      '<ul><li><span class="nm">王磊</span><span class="st">联洋社区店</span><span class="tel">138 1794 0362</span></li>' +
        '<li><span class="nm">褚晓峰</span><span class="st">花木路店</span><span class="tel">186 1633 7085</span></li>' +
        '<li><span class="nm">严静</span><span class="st">芳华路店</span><span class="tel">135 6488 1290</span></li></ul>',
      [
        ['王磊', [], ['+8613817940362']],
        ['褚晓峰', [], ['+8618616337085']],
        ['严静', [], ['+8613564881290']],
      ],
    ],
    [
      'cards headed by a name and its title in a <span> of its own, a Chinese and an English name, a title with letters in it',
      '<div class="grid"><div class="item"><h4>陈俊杰<span>销售经理</span></h4><p>手机：135 3071 8826</p>' +
        '<p>邮箱：<a href="mailto:chenjj@xld-ic.com">chenjj@xld-ic.com</a></p></div>' +
        '<div class="item"><h4>刘思敏 Cici<span>高级销售工程师</span></h4><p>手机/微信：189-3866-1427</p></div>' +
        '<div class="item"><h4>谢文涛<span>FAE 技术支持工程师</span></h4><p>手机：137 1469 2053</p></div></div>',
      [
        ['陈俊杰', ['chenjj@xld-ic.com'], ['+8613530718826']],
        ['刘思敏 Cici', [], ['+8618938661427']],
        ['谢文涛', [], ['+8613714692053']],
      ],
    ],
    [
      'a sentence sending the reader to a buyer by title and name, the switchboard with her extension after a dash',
      '<p>欢迎来电洽谈：采购主管吴海燕，0755-83276600-8012，或将库存清单发送至 <a href="mailto:purchase@xld-ic.com">purchase@xld-ic.com</a>。</p>',
      [['吴海燕', [], ['+8675583276600']]],
    ],
    [
      'a staff table with a column of deputies, one of duties, and a unit’s mailbox in the heading row after a person',
      '<table><thead><tr><th>職稱</th><th>姓名</th><th>業務職掌</th><th>職務代理人</th><th>電子信箱</th></tr></thead><tbody>' +
        '<tr><th colspan="5">秘書室</th></tr>' +
        '<tr><td>主任秘書</td><td>劉美玲</td><td>研考及公文稽催</td><td>黃志明</td><td><a href="mailto:mlliu@jy.gov.tw">mlliu@jy.gov.tw</a></td></tr>' +
        '<tr><th colspan="5">民政課　課信箱：<a href="mailto:civil@jy.gov.tw">civil@jy.gov.tw</a></th></tr>' +
        '<tr><td>課長</td><td>黃志明</td><td>里鄰行政</td><td>王淑芬</td><td><a href="mailto:cmhuang@jy.gov.tw">cmhuang@jy.gov.tw</a></td></tr>' +
        '<tr><td>人事管理員</td><td>羅惠君</td><td>任免遷調、考核獎懲</td><td>—</td><td><a href="mailto:hclo@jy.gov.tw">hclo@jy.gov.tw</a></td></tr>' +
        '</tbody></table>',
      [
        ['劉美玲', ['mlliu@jy.gov.tw'], []],
        ['黃志明', ['cmhuang@jy.gov.tw'], []],
        ['羅惠君', ['hclo@jy.gov.tw'], []],
      ],
    ],
    [
      'a department head whose row gives the department’s mailbox, so marked, and a branch head named before her mobile',
      '<table><tr><th>部门</th><th>负责人</th><th>电话</th><th>邮箱</th></tr>' +
        '<tr><td>审计一部</td><td>钱蓉</td><td>0512-68782210</td><td><a href="mailto:qianr@hcacpa.cn">qianr@hcacpa.cn</a></td></tr>' +
        '<tr><td>税务咨询部</td><td>吴佳怡</td><td>0512-68782230</td><td><a href="mailto:tax@hcacpa.cn">tax@hcacpa.cn</a>（部门邮箱）</td></tr></table>' +
        '<p>昆山分所：分所负责人许文斌（注册会计师），手机133 7620 4518，主要承接年报审计。</p>',
      [
        ['钱蓉', ['qianr@hcacpa.cn'], ['+8651268782210']],
        ['吴佳怡', [], ['+8651268782230']],
        ['许文斌', [], ['+8613376204518']],
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(people(extract(body).contacts)).toEqual(expected);
  });

  it('reads a column of lines headed by whose line it is (里辦公處電話) as phones: nine digits, the area code in brackets', () => {
    const body =
      '<table><thead><tr><th>里別</th><th>里長</th><th>里辦公處電話</th><th>手機</th></tr></thead><tbody>' +
      '<tr><td>中正里</td><td>彭秀蘭</td><td>(03)596-1752</td><td>0921-563-807</td></tr>' +
      '<tr><td>竹林里</td><td>葉國強</td><td>(03)596-3015</td><td>0932-174-269</td></tr></tbody></table>';
    const html = `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
    const page = extractPage(parseHTML(html).document, {
      region: 'TW',
      url: 'https://www.example.gov.tw/',
      timeBudgetMs: 60_000,
    });
    expect(people(page.contacts)).toEqual([
      ['彭秀蘭', [], ['+88635961752', '+886921563807']],
      ['葉國強', [], ['+88635963015', '+886932174269']],
    ]);
  });

  it('reads a German contact page: titles and departments are no names, a Dipl.-Ing. (FH) before a name is not', () => {
    const page = extract(
      '<article><h3>Ursula Frei</h3><p class="role">Assistentin der Geschäftsleitung</p>' +
        '<p>T <a href="tel:+41527284110">+41 52 728 41 10</a></p></article>' +
        '<article><h3>Daniel Rüegg</h3><p class="role">Projektleiter Anwendungstechnik</p>' +
        '<p>E <a href="mailto:daniel.rueegg@hug.ch">daniel.rueegg@hug.ch</a></p></article>' +
        '<article><h3>Dipl.-Ing. (FH) Markus Schwarz</h3><p class="role">Aussendienst Ostschweiz</p>' +
        '<p>Mobil +41 79 563 12 84</p></article>' +
        '<article><h3>Sandra Meier-Vogt</h3><p>T +41 52 728 41 40</p>' +
        '<p>E <a href="mailto:qualitaet@hug.ch">qualitaet@hug.ch</a></p></article>',
      '',
      'https://www.hug.ch/de/kontakt',
      'CH',
    );
    expect(people(page.contacts)).toEqual([
      ['Ursula Frei', [], ['+41527284110']],
      ['Daniel Rüegg', ['daniel.rueegg@hug.ch'], []],
      ['Sandra Meier-Vogt', [], ['+41527284140']],
      ['Markus Schwarz', [], ['+41795631284']],
    ]);
  });

  it('takes a mailbox named after the site for the company’s, with the line it is listed on', () => {
    const body =
      '<div class="lxfs"><p>公司名称：温州瑞丰阀门制造有限公司</p><p>技术支持：叶工 13705876612</p>' +
      '<p>邮　　箱：rfvalve@vip.163.com　linhf@rf-valve.com</p></div>';
    const { contacts } = extract(body, '', 'http://www.rf-valve.com/lx.asp');
    expect(people(contacts)).toEqual([['叶工', [], ['+8613705876612']]]);
    expect(contacts.find((c) => c.name === null)?.emails).toEqual([
      'rfvalve@vip.163.com',
      'linhf@rf-valve.com',
    ]);
  });

  it('keeps a card’s social links on its person, and a sponsor’s on the sponsor', () => {
    const { contacts } = extract(
      '<div class="grid"><div><h4>Priya Raman</h4><a href="mailto:priya@freshroute.sg">mail</a> <a href="https://www.linkedin.com/in/priya-raman">in</a></div>' +
        '<div><h4>Marcus Webb</h4><a href="mailto:marcus@nordicseafood.no">mail</a></div></div>' +
        '<div class="sponsor"><p>CoolCargo Asia Pte. Ltd.</p><p>sponsor@coolcargo.asia</p><a href="https://www.facebook.com/coolcargo">fb</a></div>',
      '',
      'https://summit.example.sg/speakers',
    );
    expect(contacts.find((c) => c.name === 'Priya Raman')?.urls).toEqual([
      'https://www.linkedin.com/in/priya-raman',
    ]);
    expect(contacts.find((c) => c.name === 'Marcus Webb')?.urls).toEqual([]);
    expect(contacts.find((c) => c.emails.includes('sponsor@coolcargo.asia'))).toMatchObject({
      name: null,
      organization: 'CoolCargo Asia Pte. Ltd.',
      urls: ['https://www.facebook.com/coolcargo'],
    });
  });

  it('gives each structured record to the namesake whose phone it carries, not to the first of that name', () => {
    // A branch directory: two 王芳 and two 张伟 among the cards, and a JSON-LD Person for one of each.
    const card = (name: string, title: string, mobile: string, email: string) =>
      `<div class="staff-card"><h3>${name}</h3><p class="title">${title}</p><p>手机：${mobile}</p>` +
      `<p>邮箱：<a href="mailto:${email}">${email}</a></p></div>`;
    const record = (name: string, title: string, telephone: string) =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name,
        jobTitle: title,
        telephone,
      });
    const { contacts } = extract(
      card('王芳', '华东区销售经理', '139 1000 0037', 'wangfang.sh@yuanfan-sc.com') +
        card('张伟', '仓储主管', '139 1000 0074', 'zhangwei@yuanfan-sc.com') +
        card('王芳', '华南区销售经理', '139 1000 0111', 'wangfang.gz@yuanfan-sc.com') +
        card('张伟', '采购专员', '139 1000 0148', 'zhang.wei@yuanfan-sc.com'),
      `<script type="application/ld+json">[${record('王芳', '华南区销售经理', '+86 139 1000 0111')},` +
        `${record('张伟', '采购专员', '+86 139 1000 0148')}]</script>`,
    );
    expect(
      contacts
        .filter((c) => c.name !== null)
        .map((c) => [c.name, c.title, c.emails, c.phones])
        .sort((a, b) => String(a[3]).localeCompare(String(b[3]))),
    ).toEqual([
      ['王芳', '华东区销售经理', ['wangfang.sh@yuanfan-sc.com'], ['+8613910000037']],
      ['张伟', '仓储主管', ['zhangwei@yuanfan-sc.com'], ['+8613910000074']],
      ['王芳', '华南区销售经理', ['wangfang.gz@yuanfan-sc.com'], ['+8613910000111']],
      ['张伟', '采购专员', ['zhang.wei@yuanfan-sc.com'], ['+8613910000148']],
    ]);
  });

  it('leaves the switchboard that every staff record gives as its telephone to the company', () => {
    const record = (name: string, email: string) =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name,
        email,
        telephone: '+86-21-6234-5678',
      });
    const { contacts } = extract(
      '<p>总机：021-6234 5678</p>' +
        '<div class="card"><h3>王芳</h3><p>手机：139 1000 0037</p><p>wangfang@huaxin-trade.cn</p></div>' +
        '<div class="card"><h3>李娜</h3><p>手机：139 1000 0074</p><p>lina@huaxin-trade.cn</p></div>',
      `<script type="application/ld+json">[${record('王芳', 'wangfang@huaxin-trade.cn')},${record('李娜', 'lina@huaxin-trade.cn')}]</script>`,
    );
    expect(contacts.map((c) => [c.name, c.emails, c.phones])).toEqual([
      ['王芳', ['wangfang@huaxin-trade.cn'], ['+8613910000037']],
      ['李娜', ['lina@huaxin-trade.cn'], ['+8613910000074']],
      [null, [], ['+862162345678']],
    ]);
  });

  it('gives the person a contact point of the organisation that gives their own mailbox and mobile', () => {
    // A software house's JSON-LD: its sales point is its head of sales, whose card the page shows;
    // its support point is a desk's.
    const organization = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Smokbyte Sp. z o.o.',
      telephone: '+48 12 395 40 70',
      email: 'biuro@smokbyte.pl',
      contactPoint: [
        {
          '@type': 'ContactPoint',
          contactType: 'sales',
          telephone: '+48 601 284 519',
          email: 'michal.zielinski@smokbyte.pl',
        },
        {
          '@type': 'ContactPoint',
          contactType: 'technical support',
          telephone: '+48 801 011 420',
          email: 'support@smokbyte.pl',
        },
      ],
    });
    const { contacts } = extract(
      '<div class="team-card"><h3>Michał Zieliński</h3><p>Head of Sales</p>' +
        '<a href="tel:+48601284519">+48 601 284 519</a> <a href="mailto:michal.zielinski@smokbyte.pl">michal.zielinski@smokbyte.pl</a></div>',
      `<script type="application/ld+json">${organization}</script>`,
      'https://www.smokbyte.pl/kontakt',
      'PL',
    );
    expect(contacts.map((c) => [c.name, c.emails, c.phones])).toEqual([
      ['Michał Zieliński', ['michal.zielinski@smokbyte.pl'], ['+48601284519']],
      [null, ['biuro@smokbyte.pl', 'support@smokbyte.pl'], ['+48123954070', '+48801011420']],
    ]);
  });

  it('takes the mobile number as the WeChat id where a line of its own says they are the same', () => {
    const { contacts } = extract(
      '<div class="card"><p>联系人：王经理</p><p>电话：0571-8888 1234</p><p>手机：139 0571 1234</p><p>微信同手机</p></div>' +
        '<div class="card"><p>联系人：李娜</p><p>手机：139 0571 5678</p><p>微信：同手机</p></div>' +
        '<div class="card"><p>联系人：钱敏</p><p>电话：0571-8888 4321</p><p>微信同号</p></div>',
    );
    expect(contacts.map((c) => [c.name, c.wechat])).toEqual([
      ['王经理', '13905711234'],
      ['李娜', '13905715678'],
      // No mobile on the card: nothing says which number the account has.
      ['钱敏', null],
    ]);
  });

  it("takes the mobile number as the WeChat id where a table's WeChat column says 同手机", () => {
    const { contacts } = extract(
      '<table><tr><td>联系人</td><td>手机</td><td>邮箱</td><td>微信</td></tr>' +
        '<tr><td>徐立群</td><td>13906517284</td><td>xulq@lianhua-hs.com</td><td>同手机</td></tr>' +
        '<tr><td>潘晓雪</td><td>188-5771-2406</td><td>panxx@beibeile.com</td><td>pxx_beibei</td></tr>' +
        '<tr><td>金敏</td><td>139 0571 5678</td><td>jinmin@haigou-cb.com</td><td>/</td></tr></table>',
    );
    expect(contacts.map((c) => [c.name, c.wechat])).toEqual([
      ['徐立群', '13906517284'],
      ['潘晓雪', 'pxx_beibei'],
      ['金敏', null],
    ]);
  });

  it('takes the company from og:site_name, spelled out by the copyright line, never a bare "Inc."', () => {
    const { contacts } = extract(
      '<div class="tile"><h5>Ben Okafor</h5><a href="mailto:ben@brightwave.io">ben@brightwave.io</a></div><footer>© 2024 Brightwave, Inc.</footer>',
      '<meta property="og:site_name" content="Brightwave">',
      'https://brightwave.io/team',
    );
    expect(contacts.find((c) => c.name === 'Ben Okafor')?.organization).toBe('Brightwave, Inc.');
  });

  it('takes the company from a title part its domain shortens, and never for a person', () => {
    const { contacts } = extract(
      '<header><a href="/" class="logo">Lone Star Physical Therapy</a></header>' +
        '<footer>Lone Star Physical Therapy · Billing (888) 555-0190 · info@lonestarpt.com</footer>',
      '<title>Locations | Lone Star Physical Therapy</title>',
      'https://www.lonestarpt.com/locations',
      'US',
    );
    expect(people(contacts)).toEqual([]);
    expect(contacts.map((c) => [c.organization, c.phones])).toEqual([
      ['Lone Star Physical Therapy', ['+18885550190']],
    ]);
  });

  it('leaves a studio’s line in the <address> next to a partner’s, and a mailbox after an h-card, to the company', () => {
    const { contacts } = extract(
      '<section><h2>Bristol studio</h2><address class="h-card"><span class="p-org">Ashworth &amp; Pryce Ltd</span><br>' +
        '3 Wapping Wharf, Bristol BS1 6WP<br>Studio: <a class="p-tel" href="tel:+441179294410">0117 929 4410</a></address>' +
        '<address><strong class="p-name">Helen Ashworth</strong> RIBA, Partner<br>Direct: 0117 929 4412<br>' +
        '<a href="mailto:helen.ashworth@ashworthpryce.co.uk">helen.ashworth@ashworthpryce.co.uk</a></address></section>' +
        '<section><h2>Bath studio</h2><address>Ashworth &amp; Pryce, 14 Gay Street, Bath BA1 2PH<br>Studio: 01225 480 337</address>' +
        '<address class="h-card"><span class="p-name">Owen Pryce</span>, <span class="p-job-title">Partner</span><br>' +
        '<a class="u-email" href="mailto:owen.pryce@ashworthpryce.co.uk">owen.pryce@ashworthpryce.co.uk</a></address></section>' +
        '<section><h2>Heritage</h2><div class="h-card"><p><span class="p-name">Ruth Okonjo</span>, Heritage Consultant</p>' +
        '<p>T: <span class="p-tel">0117 929 4419</span></p></div>' +
        '<p>Or write to <a href="mailto:studio@ashworthpryce.co.uk">studio@ashworthpryce.co.uk</a>.</p></section>',
      '',
      'https://www.ashworthpryce.co.uk/contact/',
      'GB',
    );
    expect(new Set(people(contacts))).toEqual(
      new Set([
        ['Helen Ashworth', ['helen.ashworth@ashworthpryce.co.uk'], ['+441179294412']],
        ['Owen Pryce', ['owen.pryce@ashworthpryce.co.uk'], []],
        ['Ruth Okonjo', [], ['+441179294419']],
      ]),
    );
  });

  it('keeps the name of the person a personal page is titled after', () => {
    const { contacts } = extract(
      '<h1>Kevin Liu</h1><p>kevin.liu@pacificbridge.com</p>',
      '<title>Kevin Liu | Pacific Bridge Trading Inc.</title>',
      'https://pacificbridge.com/kevin',
    );
    expect(people(contacts)).toEqual([['Kevin Liu', ['kevin.liu@pacificbridge.com'], []]]);
  });

  it('caps a card’s emails and says so, rather than losing the page', () => {
    const list = Array.from(
      { length: 40 },
      (_, i) => `<a href="mailto:desk${i}@example.org">desk ${i}</a>`,
    ).join(' ');
    const { contacts } = extract(`<p>${list}</p>`, '', 'https://example.org/desks', 'GB');
    const card = contacts.find((c) => c.emails.length > 0);
    expect(card?.emails).toHaveLength(10);
    expect(card?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'link', cap: { kept: 10, emails: 40, phones: 0 } }),
    );
    expect(describeEvidence(card?.evidence ?? [], 'en')).toContain('first 10 of 40 emails');
    expect(describeEvidence(card?.evidence ?? [], 'zh')).toContain('只列出前 10 个：共 40 个邮箱');
  });
});

describe('a place heading a card', () => {
  const nameless = (contacts: readonly ExtractedContact[]) =>
    contacts.filter((c) => c.name === null).flatMap((c) => c.phones);

  it.each<[string, string, Array<[string, string[], string[]]>, string[]]>([
    [
      'a city whose address below names it, a warehouse, and a station master listed under one',
      '<ul><li><h4>石家庄</h4><p>地址：石家庄市长安区中山东路 508 号东胜广场 B 座 1206</p><p>电话：0311-8669 2315</p></li>' +
        '<li><h4>常熟</h4><p>地址：常熟市虞山街道海虞北路 45 号</p><p>电话：0512-5290 3318</p><p>站长：钱永红 13962318806</p></li>' +
        '<li><h4>金华仓库</h4><p>电话：0579-8221 3456</p></li>' +
        '<li><h4>林芝</h4><p>地址：林芝市巴宜区八一大街 12 号</p><p>电话：0894-5821 166</p></li></ul>',
      [['钱永红', [], ['+8613962318806']]],
      ['+8631186692315', '+8651252903318', '+8657982213456', '+868945821166'],
    ],
    [
      'people whose names a place shares: 常青 over a 常熟 address, 林芝 over a Lhasa one',
      '<div class="card"><h4>常青</h4><p>地址：常熟市虞山街道海虞北路 45 号</p><p>手机：13962318806</p></div>' +
        '<div class="card"><h4>林芝</h4><p>地址：拉萨市城关区北京中路 48 号</p><p>手机：13908910022</p></div>',
      [
        ['常青', [], ['+8613962318806']],
        ['林芝', [], ['+8613908910022']],
      ],
      [],
    ],
    [
      'branches named for their neighbourhood, town or site, one with its director',
      '<div class="loc"><h3>Houston Heights</h3><p>1720 Yale St, Houston, TX 77008</p><p>Phone: (713) 555-0182</p><p>Clinic Director: Dr. Megan Foster, PT, DPT</p></div>' +
        '<div class="loc"><h3>Austin Clinic</h3><p>4400 N Lamar Blvd, Austin, TX 78756</p><p>Phone: (512) 555-0164</p></div>' +
        '<div class="loc"><h3>Tyler Medical Plaza</h3><p>910 E Houston St, Tyler, TX 75702</p><p>Phone: (903) 555-0121</p></div>' +
        '<div class="loc"><h3>Kent Warehouse</h3><p>22010 68th Ave S, Kent, WA 98032</p><p>Phone: (253) 555-0140</p></div>' +
        '<div class="loc"><h3>Orlando Showroom</h3><p>Phone: (407) 555-0177</p></div>' +
        '<div class="loc"><h3>Marion County</h3><p>Phone: (352) 555-0106</p></div>' +
        '<div class="loc"><h3>Allen Campus</h3><p>Phone: (972) 555-0133</p></div>' +
        '<div class="loc"><h3>Sherman Oaks</h3><p>14545 Ventura Blvd, Sherman Oaks, CA 91403</p><p>Phone: (818) 555-0159</p></div>' +
        '<div class="loc"><h3>Lincoln Park</h3><p>2400 N Lincoln Ave, Chicago, IL 60614</p><p>Phone: (773) 555-0148</p></div>' +
        '<div class="loc"><h3>Grove City</h3><p>Phone: (614) 555-0157</p></div>',
      [],
      [
        '+17135550182',
        '+15125550164',
        '+19035550121',
        '+12535550140',
        '+14075550177',
        '+13525550106',
        '+19725550133',
        '+18185550159',
        '+17735550148',
        '+16145550157',
      ],
    ],
    [
      'people whose names share a word with their address, or end in a place word that is a surname',
      '<div class="agent"><h3>Austin Smith</h3><p>4400 N Lamar Blvd, Austin, TX 78756</p><p>Phone: (512) 555-0164</p></div>' +
        '<div class="agent"><h3>Tyler Brooks</h3><p>910 E Houston St, Tyler, TX 75702</p><p>Phone: (903) 555-0121</p></div>' +
        '<div class="agent"><h3>Jordan Park</h3><p>120 Park Ave, New York, NY 10017</p><p>Phone: (212) 555-0190</p></div>',
      [
        ['Austin Smith', [], ['+15125550164']],
        ['Tyler Brooks', [], ['+19035550121']],
        ['Jordan Park', [], ['+12125550190']],
      ],
      [],
    ],
  ])('%s', (_, body, expectedPeople, branchPhones) => {
    const chinese = /[\u4e00-\u9fa5]/.test(body);
    const { contacts } = chinese
      ? extract(body)
      : extract(body, '', 'https://www.example.com/locations', 'US');
    expect(people(contacts)).toEqual(expectedPeople);
    expect([...nameless(contacts)].sort()).toEqual([...branchPhones].sort());
  });
});

describe('phone numbers without a country code', () => {
  it.each<[string, string, string, string[], ExtractedContact['phoneRegion']]>([
    [
      'a US page (its language)',
      '<html lang="en-US">',
      'https://redwood.example.com/',
      ['+14155550178'],
      { region: 'US', basis: 'page-language' },
    ],
    [
      'a .co.uk page (its domain)',
      '<html>',
      'https://www.pennine.co.uk/',
      ['+441614960123'],
      { region: 'GB', basis: 'domain' },
    ],
  ])('are read in the region of %s', (_, htmlTag, url, phones, phoneRegion) => {
    const number = url.includes('.co.uk') ? '0161 496 0123' : '(415) 555-0178';
    const html = `<!doctype html>${htmlTag}<body><div><h3>Angela Ruiz</h3><p>Tel: ${number}</p></div></body></html>`;
    const { contacts } = extractPage(parseHTML(html).document, { region: 'CN', url, timeBudgetMs: 60_000 });
    expect(contacts.find((c) => c.name === 'Angela Ruiz')).toMatchObject({ phones, phoneRegion });
  });

  it.each([
    ['a US number on a page that says nothing, read with a Chinese default', 'Tel: (415) 555-0178'],
    ['a toll-free number written the NANP way', 'Call 1-877-227-5511'],
    ['an HS tariff code', '税则号列 8517.62.0000'],
    ['a tariff code without dots after 编码', '商品编码 8517620000'],
    ['an ISBN', 'ISBN 978-7-5047-8123-6'],
  ])('never become a phone: %s', (_, text) => {
    const html = `<!doctype html><html><body><div><h3>王磊</h3><p>${text}</p></div></body></html>`;
    const { contacts } = extractPage(parseHTML(html).document, {
      region: 'CN',
      url: 'https://news.example.com/a',
      timeBudgetMs: 60_000,
    });
    expect(contacts.flatMap((c) => c.phones)).toEqual([]);
  });
});

describe('a Mexican distributor’s contact page', () => {
  const read = (body: string) =>
    extract(body, '', 'https://www.norte-industrial.com.mx/contacto/', 'MX').contacts;

  it.each<[string, string, Array<[string, string[], string[]]>]>([
    [
      'cards headed by a name after Ing. or Lic., a Spanish title under it',
      '<div class="card"><h4>Ing. Ricardo Garza Treviño</h4><p><em>Gerente Comercial</em></p>' +
        '<p>Cel. / WhatsApp: <a href="https://wa.me/528115472290">81 1547 2290</a><br><a href="mailto:rgarza@norte-industrial.com.mx">rgarza@norte-industrial.com.mx</a></p></div>' +
        '<div class="card"><h4>Lic. Mariana Villarreal Cantú</h4><p><em>Ejecutiva de Cuentas Clave – Automotriz</em></p>' +
        '<p>WhatsApp: <a href="https://wa.me/528120447381">81 2044 7381</a><br><a href="mailto:mvillarreal@norte-industrial.com.mx">mvillarreal@norte-industrial.com.mx</a></p></div>',
      [
        ['Ricardo Garza Treviño', ['rgarza@norte-industrial.com.mx'], ['+528115472290']],
        ['Mariana Villarreal Cantú', ['mvillarreal@norte-industrial.com.mx'], ['+528120447381']],
      ],
    ],
    [
      'a branch’s line and mailbox, then its manager with his own mobile after his name',
      '<div class="col"><h3>Matriz Monterrey</h3><p>Conmutador: <a href="tel:+528183402200">(81) 8340 2200</a></p></div>' +
        '<div class="col"><h3>Sucursal Saltillo</h3><p><strong>Tel.:</strong> <a href="tel:+528444152290">(844) 415 2290</a><br>' +
        '<strong>Correo:</strong> <a href="mailto:saltillo@norte-industrial.com.mx">saltillo@norte-industrial.com.mx</a></p>' +
        '<p>Encargado de sucursal: Ing. Jorge Luis Ramos Aguirre<br>Cel. <a href="tel:+528441275563">844 127 5563</a></p></div>',
      [['Jorge Luis Ramos Aguirre', [], ['+528441275563']]],
    ],
    [
      'a department’s mailbox (cobranza@) under the person who answers for it: no card of hers',
      '<h3>Crédito y cobranza</h3><p>Lic. Daniela Rodríguez Peña<br>Correo del área: <a href="mailto:cobranza@norte-industrial.com.mx">cobranza@norte-industrial.com.mx</a></p>',
      [],
    ],
  ])('%s', (_, body, expected) => {
    expect(people(read(body))).toEqual(expected);
  });

  it.each<[string, string, string, Array<[string, string[], string[]]>]>([
    [
      'pregunte por, an academic title and a name with its particles',
      'MX',
      '<p>Para integración de PLC, variadores, sensores y tableros de control, pregunte por el Ing. Óscar Leal de la Garza, quien le atiende al <a href="tel:+528183402245">(81) 8340 2245</a> o en <a href="mailto:oleal@norte-industrial.com.mx">oleal@norte-industrial.com.mx</a>.</p>',
      [['Óscar Leal de la Garza', ['oleal@norte-industrial.com.mx'], ['+528183402245']]],
    ],
    [
      'Your contact:, the name, a title between commas, then the mobile',
      'MX',
      '<p lang="en">We ship to Laredo, McAllen and San Antonio. Your contact: <strong>Brenda Cavazos</strong>, Sales Representative – Texas, cell (US) <a href="tel:+19565550147">+1 (956) 555-0147</a>, <a href="mailto:bcavazos@norte-industrial.com.mx">bcavazos@norte-industrial.com.mx</a>.</p>',
      [['Brenda Cavazos', ['bcavazos@norte-industrial.com.mx'], ['+19565550147']]],
    ],
    [
      'a Dutch sentence: the job, the name, bereikbaar op the number, then of via the mailbox',
      'NL',
      '<p>Servicecoördinator Daan Kuipers is op werkdagen rechtstreeks bereikbaar op <a href="tel:+31402518735">040 251 87 35</a> of via <a href="mailto:d.kuipers@dommeldal-engineering.nl">d.kuipers@dommeldal-engineering.nl</a> voor onderhoudscontracten.</p>',
      [['Daan Kuipers', ['d.kuipers@dommeldal-engineering.nl'], ['+31402518735']]],
    ],
    [
      'a Korean sentence: the name, the rank, then the number in brackets after H.P',
      'KR',
      '<p>위험물 화물은 선적 5영업일 전까지 안전관리 담당 임재혁 차장(H.P 010-7719-4052)에게 MSDS를 보내 사전 승인을 받아 주십시오.</p>',
      [['임재혁', [], ['+821077194052']]],
    ],
  ])('a person named in a sentence: %s', (_, region, body, expected) => {
    const url =
      region === 'NL'
        ? 'https://www.dommeldal-engineering.nl/contact/'
        : region === 'KR'
          ? 'https://www.hanbadalogis.co.kr/contact'
          : 'https://www.norte-industrial.com.mx/contacto/';
    expect(people(extract(body, '', url, region).contacts)).toEqual(expected);
  });

  it('reads no phone in a courier’s tracking number (guía)', () => {
    const contacts = read(
      '<p>Envíos por DHL. Recibirá el número de guía por correo el mismo día (ejemplo de guía DHL: 8187 2041 53).</p>' +
        '<p>Conmutador: <a href="tel:+528183402200">(81) 8340 2200</a></p>',
    );
    expect(contacts.flatMap((c) => c.phones)).toEqual(['+528183402200']);
  });
});

describe('a Korean directory of staff', () => {
  it('gives the mailbox a note on the line below marks shared, and the 센터 line, to the company', () => {
    const body =
      '<table><thead><tr><th>부서</th><th>담당자</th><th>연락처</th><th>이메일</th></tr></thead><tbody>' +
      '<tr><td>수출서류</td><td class="td_name"><strong>한지민</strong> 사원</td><td>051-463-7700 (내선 216)</td>' +
      '<td><a href="mailto:docs@hanbadalogis.co.kr">docs@hanbadalogis.co.kr</a><br><span class="txt_s">(서류팀 공용)</span></td></tr>' +
      '<tr><td>감천 CFS</td><td class="td_name"><strong>최지우</strong> 주임</td><td>센터 051-293-5510<br>H.P 010-5513-2870</td>' +
      '<td><a href="mailto:cfs@hanbadalogis.co.kr">cfs@hanbadalogis.co.kr</a><br><span class="txt_s">(센터 공용)</span></td></tr>' +
      '<tr><td>항공화물팀</td><td class="td_name"><strong>박준호</strong> 팀장</td><td>H.P 010-9127-3046</td>' +
      '<td><a href="mailto:jh.park@hanbadalogis.co.kr">jh.park@hanbadalogis.co.kr</a></td></tr></tbody></table>';
    const { contacts } = extract(body, '', 'https://www.hanbadalogis.co.kr/contact', 'KR');
    expect(people(contacts)).toEqual([
      ['한지민', [], ['+82514637700']],
      ['최지우', [], ['+821055132870']],
      ['박준호', ['jh.park@hanbadalogis.co.kr'], ['+821091273046']],
    ]);
    const company = contacts.filter((c) => c.name === null);
    expect(company.flatMap((c) => c.emails).sort()).toEqual([
      'cfs@hanbadalogis.co.kr',
      'docs@hanbadalogis.co.kr',
    ]);
    expect(company.flatMap((c) => c.phones)).toContain('+82512935510');
  });
});

describe('numbers a link says are phones', () => {
  const SITES: Record<string, string> = {
    HK: 'https://www.summitwealth.hk/team',
    GB: 'https://www.calderfinch.co.uk/meet-the-team/',
  };
  const read = (body: string, region: string) =>
    people(extract(body, '', SITES[region] ?? '', region).contacts);

  it.each<[string, string, string, Array<[string, string[], string[]]>]>([
    [
      'a WhatsApp link on the number a sentence names someone before, an English name in brackets between',
      '<p>預約會面，請 WhatsApp 團隊行政助理陳小姐（Carmen）<a href="https://wa.me/85260112846">6011 2846</a>，我們會於一個工作天內回覆。</p>',
      'HK',
      [['陳小姐', [], ['+85260112846']]],
    ],
    [
      'a WhatsApp button on a card, the number written nowhere',
      '<div class="card"><h3>Karen Tang</h3><p>Financial Planner</p><a class="btn" href="https://api.whatsapp.com/send?phone=85254683391&text=Hi">WhatsApp</a> <a href="mailto:karen.tang@summitwealth.hk">Email</a></div>' +
        '<div class="card"><h3>Marco Ma</h3><p>Associate Director</p><a class="btn" href="https://wa.me/85261832047">WhatsApp</a> <a href="mailto:marco.ma@summitwealth.hk">Email</a></div>',
      'HK',
      [
        ['Karen Tang', ['karen.tang@summitwealth.hk'], ['+85254683391']],
        ['Marco Ma', ['marco.ma@summitwealth.hk'], ['+85261832047']],
      ],
    ],
    [
      'a nickname in brackets between the given name and the surname, on a card with an extension',
      '<div class="m"><h3>Rebecca (Becky) Lowe</h3><p>Resourcer</p><dl><dt>T</dt><dd><a href="tel:+442079460400,218">020 7946 0400 ext. 218</a></dd>' +
        '<dt>E</dt><dd><a href="mailto:becky.lowe@calderfinch.co.uk">becky.lowe@calderfinch.co.uk</a></dd></dl></div>' +
        '<div class="m"><h3>Priya Mistry</h3><p>Consultant</p><dl><dt>DD</dt><dd>020 7946 0422</dd></dl></div>',
      'GB',
      [
        ['Rebecca (Becky) Lowe', ['becky.lowe@calderfinch.co.uk'], ['+442079460400']],
        ['Priya Mistry', [], ['+442079460422']],
      ],
    ],
  ])('%s', (_case, body, region, expected) => {
    expect(read(body, region)).toEqual(expected);
  });
});

describe('a directory table of Singapore numbers read with a Chinese default', () => {
  const directory = (footer: string) => `<!doctype html><html lang="en"><body>
    <table><thead><tr><th>No. 编号</th><th>Contact Person 联络人</th><th>Tel 电话</th><th>H/P 手机</th><th>Email 电邮</th></tr></thead>
    <tbody><tr><td>M-0117</td><td>Tan Ah Kow 陈亚九</td><td>6293 4471</td><td>9127 3368</td><td>ahkow@hockseng.com.sg</td></tr>
    <tr><td>M-0203</td><td>Goh Siew Ling 吴秀玲</td><td>6862 5519</td><td>8233 7904</td><td>-</td></tr></tbody></table>
    <p>${footer}</p></body></html>`;
  const read = (footer: string) =>
    people(
      extractPage(parseHTML(directory(footer)).document, {
        region: 'CN',
        url: 'https://www.hardware-traders.com/members/',
        timeBudgetMs: 60_000,
      }).contacts,
    );

  it('reads the Tel and H/P columns in the country the office address names', () => {
    expect(
      read('Secretariat 秘书处: 190 Middle Road #10-05 Fortune Centre, Singapore 188979 · Tel 6225 8830'),
    ).toEqual([
      ['Tan Ah Kow 陈亚九', ['ahkow@hockseng.com.sg'], ['+6562934471', '+6591273368']],
      ['Goh Siew Ling 吴秀玲', [], ['+6568625519', '+6582337904']],
    ]);
  });

  it('where the page says nothing of the country, reads only the row whose own mailbox does (.com.sg)', () => {
    expect(read('Secretariat 秘书处: 190 Middle Road #10-05 Fortune Centre · Tel 6225 8830')).toEqual([
      ['Tan Ah Kow 陈亚九', ['ahkow@hockseng.com.sg'], ['+6562934471', '+6591273368']],
    ]);
  });
});

describe('a page whose mailboxes all say one country', () => {
  const page = (domain: string) =>
    people(
      extractPage(
        parseHTML(`<!doctype html><html lang="en"><body>
          <section><h2>Head Office</h2><p>Blk 3014 Ubi Road 1 · Email: enquiry@khenghoe.com.sg</p></section>
          <section><h2>Sales Team</h2>
          <div><h3>Ong Wei Ming</h3><p>Mobile: 9673 1184</p><p>weiming.ong@khenghoe.${domain}</p></div>
          <div><h3>Raymond Tay</h3><p>Mobile: 9237 5508</p><p>raymondtay.khenghoe@gmail.com</p></div>
          </section></body></html>`).document,
        { region: 'CN', url: 'https://www.khenghoe.com/contact', timeBudgetMs: 60_000 },
      ).contacts,
    ).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('reads a gmail.com salesman’s number in the country of the company’s mailboxes', () => {
    expect(page('com.sg')).toEqual([
      ['Ong Wei Ming', ['weiming.ong@khenghoe.com.sg'], ['+6596731184']],
      ['Raymond Tay', ['raymondtay.khenghoe@gmail.com'], ['+6592375508']],
    ]);
  });

  it('reads none where the mailboxes name two countries', () => {
    expect(page('com.hk')).toEqual([
      ['Ong Wei Ming', ['weiming.ong@khenghoe.com.hk'], ['+85296731184']],
      ['Raymond Tay', ['raymondtay.khenghoe@gmail.com'], []],
    ]);
  });
});

describe('a member directory row whose mailbox is a function’s', () => {
  it('gives the row’s sales@ to the row’s contact, and a row of its own to the association', () => {
    const html = `<!doctype html><html lang="en-SG"><body><table>
      <tr><th>Company 公司</th><th>Contact Person 联络人</th><th>Tel 电话</th><th>Email 电邮</th></tr>
      <tr><td>Chuan Lee Trading</td><td>Lim Bee Hoon 林美芬</td><td>6748 1205</td><td>beehoon@chuanlee.sg</td></tr>
      <tr><td>Kim Guan Electrical Supplies</td><td>Teo Boon Hwa 张文华</td><td>6747 3012</td><td>sales@kimguan.com.sg</td></tr>
      <tr><td>Secretariat</td><td></td><td>6225 8830</td><td>info@smhta.org.sg</td></tr></table></body></html>`;
    const { contacts } = extractPage(parseHTML(html).document, {
      region: 'CN',
      url: 'https://www.smhta.org.sg/members/',
      timeBudgetMs: 60_000,
    });
    expect(contacts.map((c) => [c.name, c.emails, c.phones])).toEqual(
      expect.arrayContaining([
        ['Lim Bee Hoon 林美芬', ['beehoon@chuanlee.sg'], ['+6567481205']],
        ['Teo Boon Hwa 张文华', ['sales@kimguan.com.sg'], ['+6567473012']],
        [null, ['info@smhta.org.sg'], ['+6562258830']],
      ]),
    );
  });
});

describe('the contact section of a procurement notice', () => {
  it('gives each 联系人 the 联系方式 under them, and the agency line shared by two nobody', () => {
    const body = `<div class="content">
      <p>1.采购人信息</p><p>名　　称：金华市中心医院</p><p>传　　真：0579-8231 2001</p>
      <p>项目联系人（询问）：周敏</p><p>项目联系方式（询问）：0579-8231 2056</p>
      <p>质疑联系人：何建平</p><p>质疑联系方式：0579-8231 2088</p>
      <p>2.采购代理机构信息</p><p>名　　称：浙江众诚招标咨询有限公司</p>
      <p>项目联系人（询问）：钱晓东、吴婷</p><p>项目联系方式（询问）：0571-8763 5521</p>
      <p>质疑联系人：郑伟</p><p>质疑联系方式：0571-8763 5500</p></div>`;
    const found = people(extract(body).contacts);
    expect(found).toEqual(
      expect.arrayContaining([
        ['周敏', [], ['+8657982312056']],
        ['何建平', [], ['+8657982312088']],
        ['郑伟', [], ['+8657187635500']],
      ]),
    );
    expect(found.filter(([, , phones]) => (phones as string[]).includes('+8657187635521'))).toEqual([]);
  });
});

// A fax is nobody's phone, not even the company's, however the page marks it; the person keeps
// their own line beside it.
describe('fax numbers', () => {
  const CN = ['https://www.example.cn/contact', 'CN'] as const;
  const US = ['https://www.harlanbriggs.com/contact', 'US'] as const;
  it.each<[string, readonly [string, string], string, Array<[string | null, string[]]>]>([
    [
      'the label in a <dt> of its own, spaced out with full-width spaces (a 1688 shop page)',
      CN,
      '<div class="m"><div class="n">俞丽红 女士</div><dl><dt>电　　话：</dt><dd>0579 85236614</dd></dl>' +
        '<dl><dt>传　　真：</dt><dd>0579 85236615</dd></dl><dl><dt>移动电话：</dt><dd>15924235571</dd></dl></div>',
      [['俞丽红', ['+8657985236614', '+8615924235571']]],
    ],
    [
      'the label in a table cell of its own',
      US,
      '<div class="card"><p>Jane Doe</p><p>Sales Manager</p><table><tr><td>Phone:</td><td>(312) 555-0142</td></tr>' +
        '<tr><td>Fax:</td><td>(312) 555-0199</td></tr></table><p>jdoe@harlanbriggs.com</p></div>',
      [['Jane Doe', ['+13125550142']]],
    ],
    [
      'a table column headed Fax',
      US,
      '<table><tr><th>Name</th><th>Phone</th><th>Fax</th></tr><tr><td>Jane Doe</td><td>312.555.0142</td><td>312.555.0199</td></tr>' +
        '<tr><td>John Roe</td><td>312.555.0143</td><td>312.555.0199</td></tr></table>',
      [
        ['Jane Doe', ['+13125550142']],
        ['John Roe', ['+13125550143']],
      ],
    ],
    [
      'a fax icon',
      CN,
      '<div class="c"><p>张伟（销售经理）</p><p><i class="icon-tel"></i>0571-87654321</p>' +
        '<p><i class="icon-fax"></i>0571-87654322</p><p>邮箱：zw@abc-valve.com</p></div>',
      [['张伟', ['+8657187654321']]],
    ],
    [
      'a fax icon after the phone on one line',
      CN,
      '<div class="c"><p>张伟（销售经理）</p><p><i class="fa fa-phone"></i> 0571-87654321 | <i class="fa fa-fax"></i> 0571-87654322</p>' +
        '<p>邮箱：zw@abc-valve.com</p></div>',
      [['张伟', ['+8657187654321']]],
    ],
    [
      'phone and fax on one line of each card, by a bare letter or a letter and colon',
      US,
      '<div class="c"><h4>Jane Doe</h4><p>Sales Manager</p><p>P: 312.555.0142 | F: 312.555.0199</p><p>jdoe@acme.com</p></div>' +
        '<div class="c"><h4>John Roe</h4><p>Estimator</p><p>T 312.555.0143  F 312.555.0199</p><p>jroe@acme.com</p></div>',
      [
        ['Jane Doe', ['+13125550142']],
        ['John Roe', ['+13125550143']],
      ],
    ],
    [
      'Direct and Fax, Tel and Facsimile on one line',
      US,
      '<div class="c"><h4>Jane Doe</h4><p>Direct: 312.555.0142 Fax: 312.555.0199</p><p>jdoe@acme.com</p></div>' +
        '<div class="c"><h4>John Roe</h4><p>Tel: 312.555.0143 Facsimile: 312.555.0198</p><p>jroe@acme.com</p></div>',
      [
        ['Jane Doe', ['+13125550142']],
        ['John Roe', ['+13125550143']],
      ],
    ],
    [
      'both numbers linked with tel:, the fax after F:',
      US,
      '<div class="c"><h4>Jane Doe</h4><p>P: <a href="tel:+13125550142">312.555.0142</a> | F: <a href="tel:+13125550199">312.555.0199</a></p>' +
        '<p>jdoe@acme.com</p></div>',
      [['Jane Doe', ['+13125550142']]],
    ],
    [
      '电话 and 传真 on one line; 电话/传真 names one number that is both',
      CN,
      '<div class="c"><p>王建军 采购经理</p><p>电话：0571-8765 4301　传真：0571-8765 4309</p><p>wjj@abc-valve.com</p></div>' +
        '<div class="c"><p>刘芳 外贸经理</p><p>电话/传真：0571-8765 4302</p><p>liufang@abc-valve.com</p></div>',
      [
        ['王建军', ['+8657187654301']],
        ['刘芳', ['+8657187654302']],
      ],
    ],
  ])('%s', (_, [url, region], body, expected) => {
    const { contacts } = extract(body, '', url, region);
    expect(contacts.map((c) => [c.name, c.phones])).toEqual(expected);
  });
});

describe('a fax line inside a card', () => {
  it('neither joins the person nor parts them from the lines after it', () => {
    const { contacts } = extract(
      '<div class="member"><h3>张家港新亚包装有限公司</h3><dl><dt>法定代表人：</dt><dd>蒋文斌</dd><dt>联 系 人：</dt><dd>丁蕾</dd>' +
        '<dt>联系电话：</dt><dd>0512-6658 3302</dd><dt>传　　真：</dt><dd>0512-6658 3309</dd>' +
        '<dt>电子邮箱：</dt><dd>dinglei@xinya-pack.com.cn</dd></dl></div>' +
        '<div class="member"><h3>无锡华宇塑胶制品厂</h3><dl><dt>联 系 人：</dt><dd>周宏</dd><dt>联系电话：</dt><dd>0510-8321 6670</dd></dl></div>',
    );
    expect(people(contacts)).toEqual(
      expect.arrayContaining([
        ['丁蕾', ['dinglei@xinya-pack.com.cn'], ['+8651266583302']],
        ['周宏', [], ['+8651083216670']],
      ]),
    );
    expect(contacts.flatMap((c) => c.phones)).not.toContain('+8651266583309');
  });
});

describe('emails written to escape harvesters', () => {
  it('reads them where the page or a label says they are emails, and on their person', () => {
    const { contacts } = extract(
      '<div class="company"><p>宁波恒邦密封件有限公司</p><p>总　　机：0574-8765 2210</p>' +
        '<p>邮　　箱：sales#hengbang-seal.com（发送时请将#换成@）</p></div>' +
        '<table><tr><td>联 系 人：</td><td>陈国栋 经理</td></tr><tr><td>手　　机：</td><td>139 5742 0617</td></tr>' +
        '<tr><td>邮　　箱：</td><td>chengd#hengbang-seal.com</td></tr></table>' +
        '<div class="card"><p>钟立新 教授</p><p>E-mail：zhonglx AT hust-mech.edu.cn</p></div>' +
        '<div class="card"><p>钱敏</p><p>邮箱：qianmin [at] hengbang-seal [dot] com</p></div>',
    );
    expect(people(contacts)).toEqual(
      expect.arrayContaining([
        ['陈国栋', ['chengd@hengbang-seal.com'], ['+8613957420617']],
        ['钟立新', ['zhonglx@hust-mech.edu.cn'], []],
        ['钱敏', ['qianmin@hengbang-seal.com'], []],
      ]),
    );
    expect(contacts.find((c) => c.name === null)?.emails).toEqual(['sales@hengbang-seal.com']);
  });

  it('reads an address spelled out with [at] and [dot] on a lawyer’s card', () => {
    const { contacts } = extract(
      '<div class="attorney"><h3>Margaret A. Harlan</h3><p>Founding Partner</p>' +
        '<p>Direct: 312.555.0142<br>Fax: 312.555.0199<br>mharlan [at] harlanbriggs [dot] com</p></div>',
      '',
      'https://www.harlanbriggs.com/contact',
      'US',
    );
    expect(people(contacts)).toEqual([
      ['Margaret A. Harlan', ['mharlan@harlanbriggs.com'], ['+13125550142']],
    ]);
  });
});

describe('a staff directory written surname first', () => {
  const school = 'https://www.mgms.k12.mn.us/staff-directory';
  const row = (name: string, mailbox: string, title: string, phone: string) =>
    `<tr><td><a href="mailto:${mailbox}@mgms.k12.mn.us">${name}</a></td><td>${title}</td><td>${phone}</td></tr>`;

  it.each<[string, string, Array<[string, string[], string[]]>]>([
    [
      'in a Name column: Last, First; Last, First M.; LAST, First; a surname with particles',
      '<table><thead><tr><th>Name</th><th>Title</th><th>Phone</th></tr></thead><tbody>' +
        row('Andersen, Sarah', 'sandersen', 'Principal', '(763) 555-0131') +
        row('Cho, Christine M.', 'ccho', 'Teacher - Grade 7 Science', '(763) 555-0133') +
        row("O'BRIEN, Kelly", 'kobrien', 'School Nurse', '(763) 555-0145') +
        row('van der Berg, Anna', 'avanderberg', 'Counselor', '(763) 555-0140') +
        '</tbody></table>',
      [
        ['Sarah Andersen', ['sandersen@mgms.k12.mn.us'], ['+17635550131']],
        ['Christine M. Cho', ['ccho@mgms.k12.mn.us'], ['+17635550133']],
        ["Kelly O'Brien", ['kobrien@mgms.k12.mn.us'], ['+17635550145']],
        ['Anna van der Berg', ['avanderberg@mgms.k12.mn.us'], ['+17635550140']],
      ],
    ],
    [
      'without a header, where the mailbox linked from the name is named after the person',
      '<table>' +
        row('Andersen, Sarah', 'sandersen', 'Principal', '(763) 555-0131') +
        row('Baptiste, Robert', 'robert.baptiste', 'Assistant Principal', '(763) 555-0132') +
        row('Fitzgerald, Kelly', 'nurse', 'School Nurse', '(763) 555-0145') +
        '</table>',
      [
        ['Sarah Andersen', ['sandersen@mgms.k12.mn.us'], ['+17635550131']],
        ['Robert Baptiste', ['robert.baptiste@mgms.k12.mn.us'], ['+17635550132']],
      ],
    ],
    [
      'in cards whose name has a class of its own (a staff grid)',
      '<div class="staff"><span class="staff-name">Andersen, Sarah</span><div class="staff-title">Principal</div>' +
        '<a href="mailto:sandersen@mgms.k12.mn.us">Email</a><div class="staff-phone">(763) 555-0131</div></div>' +
        '<div class="staff"><span class="staff-name">Cho, Christine</span><div class="staff-title">Teacher</div>' +
        '<a href="mailto:ccho@mgms.k12.mn.us">Email</a></div>',
      [
        ['Sarah Andersen', ['sandersen@mgms.k12.mn.us'], ['+17635550131']],
        ['Christine Cho', ['ccho@mgms.k12.mn.us'], []],
      ],
    ],
    [
      'never a place or a company written with a comma (City, State; Company, Inc.)',
      '<table><thead><tr><th>Name</th><th>Location</th><th>Vendor</th><th>Email</th></tr></thead><tbody>' +
        '<tr><td>Dana Whitfield</td><td>Springfield, Illinois</td><td>Acme, Inc.</td><td>dwhitfield@mgms.k12.mn.us</td></tr>' +
        '<tr><td>Acme, Inc</td><td>Portland, Oregon</td><td>Acme, Inc</td><td>orders@acme-supply.com</td></tr>' +
        '</tbody></table>' +
        '<table><tr><td><a href="mailto:springfield@isbe.example.gov">Springfield, Illinois</a></td><td>(217) 555-0110</td></tr>' +
        '<tr><td><a href="mailto:austin@txed.example.gov">Austin, TX</a></td><td>(512) 555-0120</td></tr></table>',
      [['Dana Whitfield', ['dwhitfield@mgms.k12.mn.us'], []]],
    ],
  ])('reads one card per row, the name given name first: %s', (_, body, expected) => {
    expect(people(extract(body, '', school, 'US').contacts)).toEqual(expected);
  });

  it('keeps the rows whose names are not read one card each, apart from the school’s lines', () => {
    const { contacts } = extract(
      '<div id="sw-header">Main Office: (763) 555-0130</div><table>' +
        row('Email', 'sandersen', 'Principal', '(763) 555-0131') +
        row('Email', 'rbaptiste', 'Assistant Principal', '(763) 555-0132') +
        row('Email', 'ccho', 'Teacher', '') +
        '</table><footer>Attendance Line: (763) 555-0135</footer>',
      '',
      school,
      'US',
    );
    expect(contacts.map((c) => [c.name, c.emails, c.phones])).toEqual(
      expect.arrayContaining([
        [null, ['sandersen@mgms.k12.mn.us'], ['+17635550131']],
        [null, ['rbaptiste@mgms.k12.mn.us'], ['+17635550132']],
        [null, ['ccho@mgms.k12.mn.us'], []],
        [null, [], ['+17635550130', '+17635550135']],
      ]),
    );
    expect(contacts).toHaveLength(4);
  });
});

describe('names written among what the person does', () => {
  it.each<[string, string, string, Array<[string, string[], string[]]>]>([
    [
      'headings of department, name and title (Taiwan), one with a name in two scripts',
      'https://www.tw-example.com.tw/contact',
      '<div class="person"><h3>國內業務部　林志偉 經理</h3><p>手機：0932-118-675</p></div>' +
        '<div class="person"><h3>海外業務部　Amy Chen 陳怡君 副理</h3><p>E-mail：amy.chen@tw-example.com.tw</p></div>' +
        '<div class="person"><h3>品保課　吳建宏</h3><p>手機：0921-556-803</p></div>',
      [
        ['林志偉', [], ['+886932118675']],
        ['Amy Chen 陳怡君', ['amy.chen@tw-example.com.tw'], []],
        ['吳建宏', [], ['+886921556803']],
      ],
    ],
    [
      'a forum signature: company, function, name',
      'https://bbs.example.cn/thread-1.html',
      '<div class="message">建议用涂层刀片。<div class="sign">——————<br>苏州精锐刀具有限公司　技术支持　王磊<br>手机：186 6215 8830<br>邮箱：wanglei@jingrui-tools.com</div></div>',
      [['王磊', ['wanglei@jingrui-tools.com'], ['+8618662158830']]],
    ],
    [
      'a reply sending the reader to someone, with their number',
      'https://bbs.example.cn/thread-2.html',
      '<div class="message">同意楼上，另外冷却要跟上。我们去年用的是东莞的一家，试刀挺配合，找黄小姐，电话 135 3092 7716，说是论坛看到的就行。</div>',
      [['黄小姐', [], ['+8613530927716']]],
    ],
    [
      'a table whose name column is headed by what the people are (招生老师), one a rarer surname',
      'https://www.example.cn/contact',
      '<table><tr><td><p>专业部</p></td><td><p>招生老师</p></td><td><p>办公电话</p></td><td><p>手机</p></td></tr>' +
        '<tr><td><p>机电工程系</p></td><td><p>王海峰</p></td><td><p>0571-8269 1123</p></td><td><p>13857162290</p></td></tr>' +
        '<tr><td><p>信息工程系</p></td><td><p>来建新</p></td><td><p>0571-8269 1135</p></td><td><p>13706818852</p></td></tr></table>',
      [
        ['王海峰', [], ['+8657182691123', '+8613857162290']],
        ['来建新', [], ['+8657182691135', '+8613706818852']],
      ],
    ],
  ])('%s', (_what, url, body, expected) => {
    const { contacts } = extract(body, '', url);
    expect(people(contacts)).toEqual(expected);
  });

  it.each([
    [
      'a line of places and words beside a department',
      '<div><h3>华东区 销售部 上海</h3><p>手机：139 1234 5678</p></div>',
    ],
    [
      'running text sending the reader to the company',
      '<div class="message">如有疑问请联系我们，电话 0571-8888 1234，工作日 9:00-17:00 有人接听。</div>',
    ],
    [
      'running text about finding a supplier',
      '<div class="message">我们去年终于找到了靠谱的供应商，电话 135 3092 7716，价格也还算公道，推荐给大家。</div>',
    ],
  ])('reads no name from %s', (_what, body) => {
    expect(people(extract(body).contacts)).toEqual([]);
  });
});

describe('the company’s mailbox and line on a person’s card', () => {
  it('gives the 联系方式 box’s sales@ to the company and the 联系人 his own numbers', () => {
    const { contacts } = extract(
      '<div class="ex-contact"><h3>联系方式</h3><ul><li><span>联系人：</span>梁志明（销售总监）</li><li><span>手　机：</span>139 2866 4071</li>' +
        '<li><span>邮　箱：</span><a href="mailto:sales@hongda-alu.com">sales@hongda-alu.com</a></li></ul>' +
        '<h3>海外业务</h3><ul><li>Cathy Wu 吴嘉欣 | Export Manager</li><li>Email: <a href="mailto:cathy@hongda-alu.com">cathy@hongda-alu.com</a></li></ul></div>',
      '',
      'https://www.expo-example.cn/exhibitors/1877.html',
    );
    expect(people(contacts)).toEqual([
      ['梁志明', [], ['+8613928664071']],
      ['Cathy Wu 吴嘉欣', ['cathy@hongda-alu.com'], []],
    ]);
    expect(contacts).toContainEqual(
      expect.objectContaining({ name: null, emails: ['sales@hongda-alu.com'] }),
    );
  });

  it('takes the office line every agent’s card repeats off an agent who gives only a mailbox', () => {
    const card = (name: string, lines: string) =>
      `<div class="agent-card"><h3>${name}</h3><p class="agent-title">REALTOR®</p>${lines}<p>Office: (858) 555-0100</p></div>`;
    const { contacts } = extract(
      `<header><a href="tel:+18585550100">(858) 555-0100</a></header><div class="grid">${card('Rachel Kim', '<p>Cell: (858) 555-0143</p><p><a href="mailto:rachel@coastalkeys.com">rachel@coastalkeys.com</a></p>')}${card('Kevin Tran', '<p><a href="mailto:ktran.realtor@gmail.com">ktran.realtor@gmail.com</a></p>')}${card('Lena Park', '')}</div>`,
      '',
      'https://www.coastalkeys.com/agents/',
      'US',
    );
    expect(people(contacts)).toEqual([
      ['Rachel Kim', ['rachel@coastalkeys.com'], ['+18585550143']],
      ['Kevin Tran', ['ktran.realtor@gmail.com'], []],
      // The office line is all she gives: it stays on her card.
      ['Lena Park', [], ['+18585550100']],
    ]);
  });

  it('leaves the main line on the cards of staff reached on it through their extension', () => {
    const { contacts } = extract(
      '<p>Main: (503) 555-0160</p><table><tr><th>Name</th><th>Phone</th><th>Email</th></tr>' +
        '<tr><td>Dana Whitaker</td><td>(503) 555-0160 x101</td><td>dwhitaker@eastside.org</td></tr>' +
        '<tr><td>Sofia Hernandez</td><td>(503) 555-0160 x105</td><td>shernandez@eastside.org</td></tr></table>',
      '',
      'https://eastside.org/staff/',
      'US',
    );
    expect(people(contacts)).toEqual([
      ['Dana Whitaker', ['dwhitaker@eastside.org'], ['+15035550160']],
      ['Sofia Hernandez', ['shernandez@eastside.org'], ['+15035550160']],
    ]);
  });

  it('gives a founder the mailbox named after them under a department’s label, and the number beside it', () => {
    const { contacts } = extract(
      '<div class="founder"><h3>Sam Okafor</h3><p><em>Co-founder, Operations</em></p>' +
        '<p>Sam looks after the workshop, our stockists and anything with a spreadsheet. Stockist enquiries: <a href="mailto:sam@fernandflint.co.uk">sam@fernandflint.co.uk</a> · 07842 516 390</p></div>' +
        '<p>For anything else, email <a href="mailto:hello@fernandflint.co.uk">hello@fernandflint.co.uk</a>.</p>',
      '',
      'https://fernandflint.co.uk/pages/our-story',
      'GB',
    );
    expect(people(contacts)).toEqual([['Sam Okafor', ['sam@fernandflint.co.uk'], ['+447842516390']]]);
  });
});

describe('a card naming someone else under its person’s numbers, and a sales table by region', () => {
  it('gives a lawyer the numbers above the line naming their assistant, and the assistant her own', () => {
    const card = (name: string, lines: string) =>
      `<li class="lawyer-item"><div class="txt"><h3>${name}</h3><p class="zw">合伙人</p><div class="lxfs">${lines}</div></div></li>`;
    const { contacts } = extract(
      `<ul>${card(
        '周卫东 <span class="en">ZHOU Weidong</span>',
        '<p>座机：021-5012 3800 转 801</p><p>手机：139 1620 7735</p><p>邮箱：<a href="mailto:zhouwd@zhenghenglaw.com">zhouwd@zhenghenglaw.com</a></p><p class="zl">助理：沈佳怡　021-5012 3826</p>',
      )}${card(
        '钱慧敏 <span class="en">QIAN Huimin</span>',
        '<p>手机：138 1782 4416</p><p>邮箱：<a href="mailto:qianhm@zhenghenglaw.com">qianhm@zhenghenglaw.com</a></p>',
      )}</ul>`,
      '',
      'https://www.zhenghenglaw.com/team/',
      'CN',
    );
    expect(people(contacts)).toEqual([
      ['周卫东 ZHOU Weidong', ['zhouwd@zhenghenglaw.com'], ['+862150123800', '+8613916207735']],
      ['钱慧敏 QIAN Huimin', ['qianhm@zhenghenglaw.com'], ['+8613817824416']],
      ['沈佳怡', [], ['+862150123826']],
    ]);
  });

  it('reads the rep in each row of a table by region, whatever lines their cell has under the name', () => {
    const row = (area: string, rep: string, phone: string, email: string) =>
      `<tr><td>${area}</td><td>${rep}</td><td>English</td><td><a href="tel:${phone}">${phone}</a></td><td><a href="mailto:${email}">${email}</a></td></tr>`;
    const { contacts } = extract(
      '<table><thead><tr><th>Country / area</th><th>Sales representative</th><th>Languages</th><th>Phone</th><th>E-mail</th></tr></thead><tbody>' +
        row(
          'Mainland China',
          'Li Wen 李文<br><small>Regional Sales Manager</small>',
          '+8613918442730',
          'wen.li@ka.de',
        ) +
        row(
          'Hong Kong SAR, Taiwan',
          'Stefan Brandl<br><small>Key Account Manager<br>Munich headquarters</small>',
          '+491714482903',
          'stefan.brandl@ka.de',
        ) +
        row(
          'Japan',
          'Kenji Morita 森田 健二<br><small>Sales Manager Japan</small>',
          '+819033182264',
          'kenji.morita@ka.de',
        ) +
        row(
          'Republic of Korea',
          'Park Ji-hoon 박지훈<br><small>Sales Engineer</small>',
          '+821048723315',
          'jihoon.park@ka.de',
        ) +
        '</tbody></table>',
      '',
      'https://www.ka.de/en/contact/sales-asia/',
      'CN',
    );
    expect(people(contacts)).toEqual([
      ['Li Wen 李文', ['wen.li@ka.de'], ['+8613918442730']],
      ['Stefan Brandl', ['stefan.brandl@ka.de'], ['+491714482903']],
      ['Kenji Morita 森田 健二', ['kenji.morita@ka.de'], ['+819033182264']],
      ['Park Ji-hoon 박지훈', ['jihoon.park@ka.de'], ['+821048723315']],
    ]);
  });
});

describe('a Japanese page’s staff boxes, and an agency’s shared rentals mailbox', () => {
  it('reads 山田 太郎（やまだ たろう） / Taro Yamada as 山田 太郎, and the head office’s 代表電話 as the company’s', () => {
    const box = (name: string, data: string, note = '') =>
      `<div class="staff-box"><p class="staff-name">${name}</p><dl class="staff-data">${data}</dl>${note}</div>`;
    const { contacts } = extract(
      `<div class="staff-list">${box(
        '山田 太郎<span class="kana">（やまだ たろう）</span> / <span class="roma">Taro Yamada</span>',
        '<dt>携帯</dt><dd>+86-139-1774-2056</dd><dt>E-mail</dt><dd><a href="mailto:t.yamada@sankei-sh.com.cn">t.yamada@sankei-sh.com.cn</a></dd>',
      )}${box(
        '鈴木 健一<span class="kana">（すずき けんいち）</span> / <span class="roma">Kenichi Suzuki</span>',
        '<dt>TEL</dt><dd>+81-3-5812-4711（直通）</dd><dt>E-mail</dt><dd><a href="mailto:k.suzuki@sankei-mfg.co.jp">k.suzuki@sankei-mfg.co.jp</a></dd>',
        '<p class="staff-comment">日本本社 代表電話：+81 3-5812-4700（平日 9:00～18:00）</p>',
      )}</div>`,
      '',
      'https://www.sankei-sh.com.cn/jp/contact/',
      'CN',
    );
    expect(people(contacts)).toEqual([
      ['山田 太郎', ['t.yamada@sankei-sh.com.cn'], ['+8613917742056']],
      ['鈴木 健一', ['k.suzuki@sankei-mfg.co.jp'], ['+81358124711']],
    ]);
  });

  it('leaves the shared rentals@ to the agency, and reads no name in a Property Management heading', () => {
    const { contacts } = extract(
      '<h2>Property Management</h2><p>For after-hours urgent repairs only call <strong>0481 552 903</strong>.</p>' +
        '<div class="staff-card"><h3 class="staff-card__name">Olivia Hartley</h3><p>Senior Property Manager</p>' +
        '<ul><li>M: <a href="tel:0418224903">0418 224 903</a></li><li><a href="mailto:rentals@harbourline.com.au">rentals@harbourline.com.au</a></li></ul></div>',
      '',
      'https://www.harbourline.com.au/our-team/',
      'AU',
    );
    expect(people(contacts)).toEqual([['Olivia Hartley', [], ['+61418224903']]]);
    expect(contacts.filter((c) => c.name === null).flatMap((c) => c.emails)).toContain(
      'rentals@harbourline.com.au',
    );
  });
});

describe('where a page’s numbers are', () => {
  it('takes a country’s domain over the en-US a site builder writes for any English page', () => {
    const html =
      '<table><tr><th>Name</th><th>Mobile</th><th>Email</th></tr><tr><td>Ravi Chandran</td><td>6745 8836 (DID)</td><td><a href="mailto:ravi.c@kimlianhuat.com.sg">ravi.c@kimlianhuat.com.sg</a></td></tr></table>';
    const page = (lang: string, url: string) =>
      extractPage(parseHTML(`<html lang="${lang}"><body>${html}</body></html>`).document, {
        region: 'CN',
        url,
      });
    const sg = page('en-US', 'https://www.kimlianhuat.com.sg/contact-us/');
    expect(sg.phoneRegion).toEqual({ region: 'SG', basis: 'domain' });
    expect(sg.contacts[0]?.phones).toEqual(['+6567458836']);
    // So does the en-GB many a Commonwealth firm's theme writes (a Nairobi or a Singapore page).
    expect(page('en-GB', 'https://www.example.com.sg/').phoneRegion).toEqual({
      region: 'SG',
      basis: 'domain',
    });
    expect(page('en-GB', 'https://www.mavunoagrovet.co.ke/').phoneRegion).toEqual({
      region: 'KE',
      basis: 'domain',
    });
    // A language tag naming another country, in another language, still says where the page is.
    expect(page('de-AT', 'https://www.example.de/').phoneRegion).toEqual({
      region: 'AT',
      basis: 'page-language',
    });
    expect(page('en-GB', 'https://www.example.co.uk/').phoneRegion).toEqual({
      region: 'GB',
      basis: 'page-language',
    });
    expect(page('en-US', 'https://www.example.com/').phoneRegion).toEqual({
      region: 'US',
      basis: 'page-language',
    });
  });
});

describe('a box of another person’s inside a card', () => {
  it('gives a doctor the card his name heads, and his assistant the box that opens with hers', () => {
    const { contacts } = extract(
      '<div class="zj-item"><div class="zj-info"><h3>王建国 <em class="zc">主任医师</em></h3>' +
        '<p class="ks">科室：骨科（科室主任）　硕士研究生导师</p><p>医师执业证书编码：110510000028736</p>' +
        '<p class="sc"><b>擅长：</b>人工髋、膝关节置换，复杂关节翻修，从医32年。</p><p><b>出诊时间：</b>周一上午、周三全天</p>' +
        '<p class="yx">学术交流及病历资料邮箱：<a href="mailto:wangjg@cdrkyy.com">wangjg@cdrkyy.com</a></p>' +
        '<div class="zl-box">王主任助理：刘小燕（主管护师）<br />手机：139-8171-2046　微信：lxy_rkgk</div></div></div>',
      '',
      'https://www.cdrkyy.com/zhuanjia/',
      'CN',
    );
    expect(people(contacts)).toEqual([
      ['王建国', ['wangjg@cdrkyy.com'], []],
      ['刘小燕', [], ['+8613981712046']],
    ]);
  });
});

describe('a Montréal office written in French', () => {
  it('reads the person a French sentence sends the reader to, and no name in Bureau de Montréal', () => {
    const { contacts } = extract(
      '<h2>Bureau de Montréal <span>/ Montréal office</span></h2><p>1250, boul. René-Lévesque O. · Téléphone : <a href="tel:+15145550177">514 555-0177</a> · <a href="mailto:montreal@harrowkeele.ca">montreal@harrowkeele.ca</a></p>' +
        '<p>Pour prendre rendez-vous au bureau de Montréal, communiquez avec Julie Bouchard, adjointe administrative, au 514 555-0176, poste 300, ou à <a href="mailto:jbouchard@harrowkeele.ca">jbouchard@harrowkeele.ca</a>.</p>',
      '',
      'https://www.harrowkeele.ca/our-people/',
      'CA',
    );
    expect(people(contacts).map(([name]) => name)).toEqual(['Julie Bouchard']);
    expect(contacts.find((c) => c.name === 'Julie Bouchard')?.emails).toEqual(['jbouchard@harrowkeele.ca']);
  });
});

describe('a Vietnamese contact page', () => {
  it('reads the person a Vietnamese sentence sends the reader to, past how it addresses them, and no name in Trụ sở chính', () => {
    const { contacts } = extract(
      '<h3>Trụ Sở Chính</h3><p>Lô B2-15, KCN Tân Bình · ĐT: <a href="tel:02839752468">(028) 3975 2468</a></p>' +
        '<p>Khách hàng khu vực miền Trung vui lòng liên hệ anh Nguyễn Văn Tài – đại diện kinh doanh tại Đà Nẵng, số điện thoại 0905 318 642, email <a href="mailto:tai.nv@phuthinhphat.com.vn">tai.nv@phuthinhphat.com.vn</a>.</p>',
      '',
      'https://phuthinhphat.com.vn/lien-he/',
      'VN',
    );
    expect(people(contacts)).toEqual([['Nguyễn Văn Tài', ['tai.nv@phuthinhphat.com.vn'], ['+84905318642']]]);
  });
});

describe('an Indian exporter’s key contacts', () => {
  it('reads each term of a definition list, its name and title run together, and India’s mobiles written without the 0', () => {
    const { contacts } = extract(
      '<h2>Key Contacts</h2><dl class="contact-dl">' +
        '<dt>Mr. Vikas Agarwal <span class="desig">Director &ndash; Exports</span></dt>' +
        '<dd>Mobile / WhatsApp: <a href="tel:+919829041763">+91 98290 41763</a></dd>' +
        '<dd>Email: <a href="mailto:vikas@kesariatextiles.com">vikas@kesariatextiles.com</a></dd>' +
        '<dt>Mr. Mohd. Irfan Qureshi <span class="desig">Merchandiser &ndash; Sampling &amp; Lab Dips</span></dt>' +
        '<dd>Mobile: 93515 27604</dd></dl>' +
        '<div class="office-box"><h4>Delhi Showroom</h4><p>Ph: +91-11-4105 2287</p>' +
        '<p>Showroom In-charge: Mr. Deepak Bansal<br>Mobile: +91 99100 37426</p></div>',
      '',
      'https://www.kesariatextiles.com/contact-us/',
      'IN',
    );
    expect(people(contacts)).toEqual([
      ['Vikas Agarwal', ['vikas@kesariatextiles.com'], ['+919829041763']],
      ['Mohd. Irfan Qureshi', [], ['+919351527604']],
      ['Deepak Bansal', [], ['+919910037426']],
    ]);
    expect(contacts.find((c) => c.name === 'Vikas Agarwal')?.title).toBe('Director – Exports');
  });
});

describe('a Lagos firm’s page under a site builder’s en-US', () => {
  const page = (first: string, second: string) =>
    '<!doctype html><html lang="en-US"><head><meta charset="utf-8"></head><body>' +
    `<p>Head office: <a href="tel:${first}">${first}</a>, <a href="tel:${second}">${second}</a></p>` +
    '<h3>Accounts &amp; Payments</h3><p>Send payment advice to <a href="mailto:accounts@apapacrest.com">accounts@apapacrest.com</a>. ' +
    'For statement queries, call our Accounts Officer, Mrs. Ngozi Okafor, on 0201 280 4410 ext. 120.</p></body></html>';
  const read = (html: string) =>
    extractPage(parseHTML(html).document, {
      region: 'NG',
      url: 'https://apapacrest.com/contact-us/',
      timeBudgetMs: 60_000,
    });

  it('reads a number not valid in the US in the country the page’s own numbers are in', () => {
    const { contacts } = read(page('+2342012804410', '+2348094002200'));
    const ngozi = contacts.find((c) => c.name === 'Ngozi Okafor');
    expect(ngozi?.phones).toEqual(['+2342012804410']);
    expect(ngozi?.phoneRegion).toEqual({ region: 'NG', basis: 'page-numbers' });
  });

  it('leaves it unread where the page’s numbers name no one country', () => {
    const { contacts } = read(page('+2342012804410', '+442071234567'));
    expect(contacts.find((c) => c.name === 'Ngozi Okafor')).toBeUndefined();
  });
});

describe('a Gujarat firm’s page under a site builder’s en-US, its tel: links calling India', () => {
  it('reads the numbers written without a code as Indian, not as the US numbers they could be', () => {
    const html =
      '<!doctype html><html lang="en-US"><head><meta charset="utf-8"></head><body>' +
      '<p>Board: <a href="tel:+917926583740">079-2658 3740</a>, <a href="tel:+917926583741">079-2658 3741</a></p>' +
      '<p>Plant visits are co-ordinated by our Works Manager, Mr. Dinesh Parmar, on 97129 40582.</p></body></html>';
    const { contacts } = extractPage(parseHTML(html).document, {
      region: 'IN',
      url: 'https://www.suryodaydyechem.com/contact-us/',
      timeBudgetMs: 60_000,
    });
    const dinesh = contacts.find((c) => c.name === 'Dinesh Parmar');
    expect(dinesh?.phones).toEqual(['+919712940582']);
    expect(dinesh?.phoneRegion).toEqual({ region: 'IN', basis: 'page-numbers' });
  });
});

describe('a page builder’s tabs', () => {
  it('reads the panel of a tab not yet clicked, which the page hides until then', () => {
    const { contacts } = extract(
      '<div role="tablist"><div role="tab">North America</div><div role="tab">Europe</div></div>' +
        '<div role="tabpanel" hidden><p><strong>Mr. Dennis Ybañez</strong><br>Account Manager – Europe</p>' +
        '<p>Viber: 0922 871 3350<br>E-mail: <a href="mailto:dennis.ybanez@alegrehome.com.ph">dennis.ybanez@alegrehome.com.ph</a></p></div>' +
        '<div hidden><p>Template: Juan dela Cruz, 0917 123 4567</p></div>',
      '',
      'https://www.alegrehome.com.ph/contact-us/',
      'PH',
    );
    expect(people(contacts)).toEqual([
      ['Dennis Ybañez', ['dennis.ybanez@alegrehome.com.ph'], ['+639228713350']],
    ]);
  });
});

describe('a table under a department’s heading', () => {
  it('gives the department the mailbox named after it, on whichever row it is written', () => {
    const { contacts } = extract(
      '<div><h3>Računovodstvo i financije</h3><div><table>' +
        '<thead><tr><th>Ime i prezime</th><th>Funkcija</th><th>Telefon</th><th>E-pošta</th></tr></thead><tbody>' +
        '<tr><td>Ivana Host</td><td>Voditeljica računovodstva</td><td>+385 51 325 820</td><td><a href="mailto:ivana.host@navis-oprema.hr">ivana.host@navis-oprema.hr</a></td></tr>' +
        '<tr><td>Tea Matejčić</td><td>Fakturiranje i naplata</td><td>051 325 800, lokal 230</td><td><a href="mailto:racunovodstvo@navis-oprema.hr">racunovodstvo@navis-oprema.hr</a></td></tr>' +
        '</tbody></table></div></div>',
      '',
      'https://www.navis-oprema.hr/kontakt',
      'HR',
    );
    expect(people(contacts)).toEqual([
      ['Ivana Host', ['ivana.host@navis-oprema.hr'], ['+38551325820']],
      ['Tea Matejčić', [], ['+38551325800']],
    ]);
  });
});

describe('a branch office’s table of labels and values', () => {
  it('reads each row’s <th> as the label of its <td>: the manager and the contact with their data in brackets', () => {
    const html =
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body><h3>東京営業所</h3>' +
      '<table><tbody><tr><th>所在地</th><td>〒104-0032 東京都中央区八丁堀3-18-6</td></tr>' +
      '<tr><th>TEL</th><td>03-5543-2781</td></tr>' +
      '<tr><th>所長</th><td>岡田 健太郎（携帯 080-6621-4937／<a href="mailto:k.okada@naniwa-bearing.co.jp">k.okada@naniwa-bearing.co.jp</a>）</td></tr>' +
      '<tr><th>担当</th><td>藤井 さくら（TEL 03-5543-2781 内線12／<a href="mailto:s.fujii@naniwa-bearing.co.jp">s.fujii@naniwa-bearing.co.jp</a>）</td></tr>' +
      '</tbody></table></body></html>';
    const { contacts } = extractPage(parseHTML(html).document, {
      region: 'JP',
      url: 'https://www.naniwa-bearing.co.jp/company/office/',
      timeBudgetMs: 60_000,
    });
    expect(people(contacts)).toEqual([
      ['岡田 健太郎', ['k.okada@naniwa-bearing.co.jp'], ['+818066214937']],
      ['藤井 さくら', ['s.fujii@naniwa-bearing.co.jp'], ['+81355432781']],
    ]);
  });
});

describe('whose data is whose, as Japanese, Swedish, Argentine and Philippine pages write it', () => {
  const read = (body: string, region: string, lang: string, url: string) =>
    people(
      extractPage(
        parseHTML(
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
        ).document,
        { region, url, timeBudgetMs: 60_000 },
      ).contacts,
    );

  it('reads a Japanese name in ruby and one after its post in a table cell, the office’s shared mailbox the company’s', () => {
    const body =
      '<div class="p-staff"><h3 class="p-staff__name"><ruby>伊藤<rp>（</rp><rt>いとう</rt><rp>）</rp></ruby> <ruby>健二<rp>（</rp><rt>けんじ</rt><rp>）</rp></ruby></h3>' +
      '<dl><dt>携帯</dt><dd>080 3347 9021</dd><dt>E-mail</dt><dd><a href="mailto:k.ito@atsuta-seiki.co.jp">k.ito@atsuta-seiki.co.jp</a></dd></dl></div>' +
      '<table><tr><th>拠点</th><th>TEL</th><th>担当</th></tr><tr><td>東京営業所</td><td>TEL 03-5442-8861</td>' +
      '<td>所長 杉浦 康弘（すぎうら やすひろ）<br>携帯 090-2284-6517<br><a href="mailto:y.sugiura@atsuta-seiki.co.jp">y.sugiura@atsuta-seiki.co.jp</a><br>営業所共通 <a href="mailto:tokyo@atsuta-seiki.co.jp">tokyo@atsuta-seiki.co.jp</a></td></tr></table>';
    expect(read(body, 'JP', 'ja', 'https://www.atsuta-seiki.co.jp/contact/')).toEqual([
      ['杉浦 康弘', ['y.sugiura@atsuta-seiki.co.jp'], ['+819022846517']],
      ['伊藤 健二', ['k.ito@atsuta-seiki.co.jp'], ['+818033479021']],
    ]);
  });

  it('reads a desk’s mailbox named by a word and the next cut short (exportdocs@) as the row’s unit’s', () => {
    const body =
      '<table><tr><th>Documents</th><th>Contact</th><th>Phone</th><th>E-mail</th></tr>' +
      '<tr><td>Certificates of origin, B/L and packing lists</td><td>Ms. Lourdes Pacaña<br><em>Export Documentation Supervisor</em></td>' +
      '<td>(032) 346-2718 local 231</td><td><a href="mailto:exportdocs@alegrehome.com.ph">exportdocs@alegrehome.com.ph</a></td></tr></table>';
    expect(read(body, 'PH', 'en', 'https://www.alegrehome.com.ph/contact/')).toEqual([
      ['Lourdes Pacaña', [], ['+63323462718']],
    ]);
  });

  it('gives a messenger button naming someone to that person, not to the paragraph before it', () => {
    const body =
      '<p><strong>Ms. Kristine Joy Cabahug</strong><br>Account Manager</p>' +
      '<p>Mobile / WhatsApp: <a href="https://wa.me/639178452296">0917 845 2296</a><br>E-mail: <a href="mailto:kristine.cabahug@alegrehome.com.ph">kristine.cabahug@alegrehome.com.ph</a></p>' +
      '<p>Buyers in the States can visit our agent’s showroom: please contact Ms. Karen Whitfield of Whitfield &amp; Co. Home Furnishings at <a href="tel:+13368824417">+1 (336) 882-4417</a> or <a href="mailto:karen@whitfieldhf.com">karen@whitfieldhf.com</a>.</p>' +
      '<p><a class="elementor-button" href="https://wa.me/639178452296?text=Hello">WhatsApp Kristine</a></p>';
    expect(read(body, 'PH', 'en', 'https://www.alegrehome.com.ph/contact/')).toEqual([
      ['Kristine Joy Cabahug', ['kristine.cabahug@alegrehome.com.ph'], ['+639178452296']],
      ['Karen Whitfield', ['karen@whitfieldhf.com'], ['+13368824417']],
    ]);
  });

  it('places a tel: link written with its trunk 0 in its sentence, after the name it follows', () => {
    const body =
      '<p>Factory visits must be booked at least 3 working days ahead with our Plant Manager, Engr. Rogelio B. Cañete, on <a href="tel:+639324178856">09324178856</a>. Please quote your PO number.</p>';
    expect(read(body, 'PH', 'en', 'https://www.alegrehome.com.ph/contact/')).toEqual([
      ['Rogelio B. Cañete', [], ['+639324178856']],
    ]);
  });

  it('reads a tel: link whose plus sign is escaped (tel:%2B…)', () => {
    const body =
      '<h4>Øyvind Hauge</h4><p>Mobil <a href="tel:%2B4791742368">917 42 368</a><br><a href="mailto:oyvind.hauge@puddefjordmarine.no">oyvind.hauge@puddefjordmarine.no</a></p>';
    expect(read(body, 'NO', 'nb', 'https://www.puddefjordmarine.no/kontakt-oss')).toEqual([
      ['Øyvind Hauge', ['oyvind.hauge@puddefjordmarine.no'], ['+4791742368']],
    ]);
  });
});

describe('a Japanese branch’s resident, named in its table', () => {
  it('reads a name apart under 駐在, its mobile in nested brackets (携帯：(070)…)', () => {
    const html =
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body><h3>福岡出張所</h3>' +
      '<table><tbody><tr><th>TEL</th><td>０９２－４７１－８８５０</td></tr>' +
      '<tr><th>駐在</th><td>木村 大輔（携帯：(070)3158-2694）<br>※外出が多いため、お急ぎの場合は携帯へお電話ください。</td></tr>' +
      '</tbody></table></body></html>';
    const { contacts } = extractPage(parseHTML(html).document, {
      region: 'JP',
      url: 'https://www.naniwa-bearing.co.jp/company/office/',
      timeBudgetMs: 60_000,
    });
    expect(people(contacts)).toEqual([['木村 大輔', [], ['+817031582694']]]);
  });
});

describe('a desk’s or a branch’s data beside the people a table or a sentence names', () => {
  it('gives the company a desk’s mailbox a table writes in two people’s rows', () => {
    const { contacts } = extract(
      '<table><tr><th>Teema</th><th>Kontakt</th><th>Telefon</th><th>E-post</th></tr>' +
        '<tr><td>Garantiipretensioonid</td><td>Priit Sepp, garantiispetsialist</td><td>5300 4455 (garantiitelefon)</td><td><a href="mailto:garantii@mannisalumajad.ee">garantii@mannisalumajad.ee</a></td></tr>' +
        '<tr><td>Hooldus ja remont</td><td>Janek Ilves, hooldustehnik</td><td>+372 5342 7718</td><td><a href="mailto:garantii@mannisalumajad.ee">garantii@mannisalumajad.ee</a></td></tr></table>',
      '',
      'https://www.mannisalumajad.ee/kontakt',
      'EE',
    );
    expect(contacts.find((c) => c.name === 'Janek Ilves')).toMatchObject({
      emails: [],
      phones: ['+37253427718'],
    });
  });

  it('gives a branch its mailbox named after it, in the row of the branch and its manager', () => {
    const { contacts } = extract(
      '<table><tr><th>Branch</th><th>Address</th><th>Branch line</th><th>Branch Manager</th><th>Manager’s mobile</th><th>Email</th></tr>' +
        '<tr><td><strong>Nakuru</strong></td><td>Kenyatta Avenue, Mache Plaza</td><td><a href="tel:+254512210387">(051) 221 0387</a></td><td>Samuel Kiprotich Langat</td><td>0721-604882</td><td><a href="mailto:nakuru@mavunoagrovet.co.ke">nakuru@mavunoagrovet.co.ke</a></td></tr></table>',
      '',
      'https://www.mavunoagrovet.co.ke/contact-us/',
      'KE',
    );
    expect(contacts.find((c) => c.name === 'Samuel Kiprotich Langat')).toMatchObject({
      emails: [],
      phones: ['+254721604882'],
    });
  });

  it('reads the second person of a sentence after a mailto: link, on the company’s line', () => {
    const { contacts } = extract(
      '<p>Statements and withholding VAT certificates: Ms. Lucy Wambui Mureithi, Finance Manager, direct line +254 20 655 7421, <a href="mailto:accounts@mavunoagrovet.co.ke">accounts@mavunoagrovet.co.ke</a>. Credit applications are handled by Mr. Dennis Kiplagat (Credit Control) on 020 655 7410, ext. 223.</p>',
      '',
      'https://www.mavunoagrovet.co.ke/contact-us/',
      'KE',
    );
    expect(people(contacts)).toEqual([
      ['Lucy Wambui Mureithi', [], ['+254206557421']],
      ['Dennis Kiplagat', [], ['+254206557410']],
    ]);
  });

  it('gives an assistant’s number, in a sentence on her manager’s card, to her', () => {
    const { contacts } = extract(
      '<div class="card"><h3>Andres Kask</h3><p>Juhatuse esimees</p><p><a href="mailto:andres.kask@mannisalumajad.ee">andres.kask@mannisalumajad.ee</a></p><p>Kohtumised lepib kokku assistent Tiina Oja, tel 605 4400.</p></div>',
      '',
      'https://www.mannisalumajad.ee/kontakt',
      'EE',
    );
    expect(contacts.find((c) => c.name === 'Andres Kask')).toMatchObject({
      emails: ['andres.kask@mannisalumajad.ee'],
      phones: [],
    });
  });

  it('gives a Japanese agent its TEL before the person, the person the mobile after their name', () => {
    const { contacts } = extract(
      '<p>日本総代理店 / Japan agent: 株式会社博多マリンフーズ（福岡市博多区）TEL：+81-92-473-6218　担当：中村 裕介（営業部）携帯：+81-90-4172-3856　E-mail：nakamura@hakata-marinefoods.co.jp</p>',
    );
    expect(people(contacts)).toEqual([
      ['中村 裕介', ['nakamura@hakata-marinefoods.co.jp'], ['+819041723856']],
    ]);
  });
});

describe('a mailbox its note says is shared', () => {
  it('gives the company a Greek table row’s mailbox marked (κοινό)', () => {
    const { contacts } = extract(
      '<table><tr><th>Όνομα</th><th>Τμήμα</th><th>Τηλέφωνο</th><th>Email</th></tr>' +
        '<tr><td>Ελένη Τσολάκη</td><td>Εξυπηρέτηση Πελατών / Παραγγελίες</td><td>23810 89400 εσωτ. 115</td><td>orders@vermionfruit.gr (κοινό)</td></tr></table>',
      '',
      'https://www.vermionfruit.gr/epikoinonia',
      'GR',
    );
    expect(contacts.find((c) => c.name === 'Ελένη Τσολάκη')?.emails ?? []).toEqual([]);
  });
});

describe('a paragraph giving the company’s line, then naming someone', () => {
  it('cuts the company’s hotline and desk from the sentence naming the person and their numbers', () => {
    const { contacts } = extract(
      '<p>Pour une panne, appelez notre hotline SAV au 0 825 12 41 00 (service 0,18 €/min + prix d’un appel) ou écrivez à <a href="mailto:sav@rivoire-thermique.fr">sav@rivoire-thermique.fr</a> en indiquant le numéro de série de votre four (plaque signalétique, ex. RT-4200-18734). Notre responsable SAV, M. Thierry Nguyen, reste joignable en direct au 04 72 89 41 30 et, pour les arrêts de production, sur son portable au 06 85 14 27 63.</p>',
      '',
      'https://www.rivoire-thermique.fr/contact',
      'FR',
    );
    expect(people(contacts)).toEqual([['Thierry Nguyen', [], ['+33472894130', '+33685142763']]]);
  });

  it('does not cut a line whose later piece names nobody a sentence sends the reader to', () => {
    const { contacts } = extract(
      '<p>Telp. (031) 843 5120 · WA CS 0811-3300-4477 · <a href="mailto:info@mitrabaja.co.id">info@mitrabaja.co.id</a></p>',
      '',
      'https://www.mitrabaja.co.id/hubungi-kami/',
      'ID',
    );
    expect(people(contacts)).toEqual([]);
  });
});

describe('a department’s mailbox named by its verb', () => {
  it('gives the row’s unit purchase@ in the Purchasing row, and its person the line with their extension', () => {
    const { contacts } = extract(
      '<table><thead><tr><th>Department</th><th>For</th><th>Contact</th></tr></thead><tbody>' +
        '<tr><th scope="row">Sample Center</th><td>Stock formula samples</td><td><a href="mailto:sample@dahyun-cosmetic.co.kr">sample@dahyun-cosmetic.co.kr</a></td></tr>' +
        '<tr><th scope="row">Quality Assurance</th><td>CoA, MSDS</td><td>+82-31-8041-2240<br><a href="mailto:qa@dahyun-cosmetic.co.kr">qa@dahyun-cosmetic.co.kr</a></td></tr>' +
        '<tr><th scope="row">Purchasing</th><td>Raw material and packaging suppliers</td><td>Mr. Han Dong-su (한동수)<br>+82-31-8041-2200 ext. 305<br><a href="mailto:purchase@dahyun-cosmetic.co.kr">purchase@dahyun-cosmetic.co.kr</a></td></tr></tbody></table>',
      '',
      'https://www.dahyun-cosmetic.co.kr/en/contact',
      'KR',
    );
    expect(contacts.find((c) => c.name?.startsWith('Han Dong-su'))?.emails).toEqual([]);
  });
});

describe('a Latvian staff table', () => {
  it('reads the Tālrunis column’s numbers as phones', () => {
    const { contacts } = extract(
      '<table><thead><tr><th>Vārds, uzvārds</th><th>Amats</th><th>Tālrunis</th><th>E-pasts</th></tr></thead><tbody>' +
        '<tr><td>Guntis Krūmiņš</td><td>Noliktavas vadītājs</td><td>2037 1584</td><td><a href="mailto:noliktava@elektrolinija.lv">noliktava@elektrolinija.lv</a></td></tr>' +
        '<tr><td>Dace Zariņa</td><td>Loģistikas speciāliste</td><td>2614 7720</td><td><a href="mailto:dace.zarina@elektrolinija.lv">dace.zarina@elektrolinija.lv</a></td></tr></tbody></table>',
      '',
      'https://www.elektrolinija.lv/lv/kontakti',
      'LV',
    );
    expect(contacts.filter((c) => c.name !== null).map((c) => [c.name, c.phones])).toEqual([
      ['Guntis Krūmiņš', ['+37120371584']],
      ['Dace Zariņa', ['+37126147720']],
    ]);
  });
});

describe('a page’s heading of other departments', () => {
  it('names no one', () => {
    const { contacts } = extract(
      '<h2>其他部门</h2><h3>OTHER DEPARTMENTS</h3><ul><li><b>品控部：</b>质量投诉请发 <a href="mailto:qc@fengmingtea.com">qc@fengmingtea.com</a>。</li></ul>',
    );
    expect(people(contacts)).toEqual([]);
  });
});

describe('a clinic’s staff card', () => {
  it('names the card by the person, not by a clinical title under the name', () => {
    const { contacts } = extract(
      '<div class="doc-card"><h3 class="doc-name">Ms. Harpreet Kaur Gill</h3><p class="doc-title">Clinical Psychologist</p><ul class="doc-contact"><li>Call / WhatsApp: <a href="https://wa.me/601127654410">011-2765 4410</a></li></ul></div>',
      '',
      'https://www.orkidspecialist.com.my/our-doctors/',
      'MY',
    );
    expect(people(contacts)).toEqual([['Harpreet Kaur Gill', [], ['+601127654410']]]);
  });
});
