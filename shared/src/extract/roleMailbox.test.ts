import { describe, expect, it } from 'vitest';
import { isRoleMailbox } from './roleMailbox.ts';

describe('isRoleMailbox', () => {
  it.each([
    'info@harrowkeele.ca',
    'sales@kimlianhuat.com.sg',
    'rentals@harbourside.com.au',
    'reservations@lotushotel.com.mo',
    'kefu@cdrkyy.com',
    // A customer service desk by its initials; a data-protection officer; Croatian desks.
    'cs@khcomponents.com.my',
    'gdpr@navis-oprema.hr',
    'nabava@navis-oprema.hr',
    'racunovodstvo@navis-oprema.hr',
    // An exporter's documents desk and customer care; Norwegian and Lithuanian desks.
    'exportdocs@alegrehome.com.ph',
    'care@alegrehome.com.ph',
    'faktura@puddefjordmarine.no',
    'pardavimai@azuolynesbaldai.lt',
    // A Swedish forwarder's customs and air freight desks; an Argentine dealer's collections and HR.
    'tull@arendalfrakt.se',
    'flyg@arendalfrakt.se',
    // Estonian desks (müük, purchasing, warranty, invoices); a shipping documents desk.
    'myyk@mannisalumajad.ee',
    'ost@mannisalumajad.ee',
    'garantii@mannisalumajad.ee',
    'arved@mannisalumajad.ee',
    'docs@lanwanfoods.com',
    'cobranzas@bertolottimaq.com.ar',
    'rrhh@bertolottimaq.com.ar',
    // A Japanese firm's recruiting desk.
    'recruit@naniwa-bearing.co.jp',
    // A Portuguese firm's quality, data-protection and invoicing desks; a Greek cannery's accounts.
    'qualidade@valedouima.pt',
    'rgpd@valedouima.pt',
    // A Chinese factory's safety-shoe division and domestic sales desk; a Hungarian dealer's
    // service, sales and parts desks; a shipbroker's chartering, operations and S&P desks.
    'safety@jinbushoes.com',
    'neixiao@jinbushoes.com',
    'szerviz@agrobihar.hu',
    'ertekesites@agrobihar.hu',
    'alkatresz@agrobihar.hu',
    'drycargo@claussen-wrede.de',
    'ops@claussen-wrede.de',
    'snp@claussen-wrede.de',
    'youth@meixi.org.my',
    // A Chilean winery's and a Bulgarian printer's desks; a quality desk.
    'turismo@quillayes.cl',
    'logistica@quillayes.cl',
    'facturacion@quillayes.cl',
    'postulaciones@quillayes.cl',
    'canaldenuncias@quillayes.cl',
    'kachestvo@dzhendem-print.bg',
    'poruchki@dzhendem-print.bg',
    'qa@hengruimould.com',
    // A carrier's claims, cash-on-delivery and storage desks in pinyin; a Lviv roaster's service,
    // accounts, orders, purchasing, jobs and barista school desks; a Košice works' purchasing desk.
    'lipei@xinyitong56.com',
    'daishou@xinyitong56.com',
    'cangchu@xinyitong56.com',
    'servis@galkava.com.ua',
    'buh@galkava.com.ua',
    'zamovlennia@galkava.com.ua',
    'zakupivli@galkava.com.ua',
    'robota@galkava.com.ua',
    'academy@galkava.com.ua',
    'nakup@strojarnehornad.sk',
    'faturacao@valedouima.pt',
    'accounting@vermionfruit.gr',
    // A department's mailbox in a sentence naming the person who answers for it.
    'intl@cdrkyy.com',
    'international@bramwell.ac.uk',
    'export@hengmei-jewelry.com',
    'overseas@yongchang-mc.com.tw',
    'design@qimu-home.com',
    'parts@brazosridgeford.com',
    'purchasing@keehuat.com.my',
    // A Mexican firm's collections desk and its human resources (recursos humanos).
    'cobranza@sirsa.com.mx',
    'rh@sirsa.com.mx',
    // A French firm's accounts, purchasing, order desk (administration des ventes) and after-sales.
    'compta@meca-rhone.fr',
    'achats@meca-rhone.fr',
    'adv@meca-rhone.fr',
    'sav@meca-rhone.fr',
    // A Czech firm's sales, support and invoicing desks.
    'obchod@vlnkasystems.cz',
    'fakturace@vlnkasystems.cz',
    // A freight firm's trades.
    'haulage@apapacrest.com',
    'airfreight@apapacrest.com',
    // A Brazilian firm's orders and collections desks; an Austrian firm's quotes and service.
    'pedidos@embalaflex.com.br',
    'cobranca@embalaflex.com.br',
    'angebote@huber-stadlbauer.at',
    'kundendienst@huber-stadlbauer.at',
    // A Thai trader's accounts desk.
    'account@siamprosper.co.th',
    // A wine estate's tasting room, events and wine club; a Spanish firm's administración and a
    // Vietnamese firm's warranty desk (bảo hành).
    'tasting@kleinvleikloof.co.za',
    'events@kleinvleikloof.co.za',
    'wineclub@kleinvleikloof.co.za',
    'administracion@suministrosarriaga.es',
    'baohanh@tanhathanh.vn',
    // A Romanian dealer's sales, parts, accounting and careers desks.
    'vanzari@begaagromec.ro',
    'piese@begaagromec.ro',
    'contabilitate@begaagromec.ro',
    'cariere@begaagromec.ro',
    // An Israeli firm's accessibility coordinator (נגישות).
    'negishut@gilboa-filters.co.il',
    // A Foshan extruder's finance desk, in pinyin.
    'caiwu@jinhongalu.com',
    // An Indonesian printer's HR department (HRD).
    'hrd@ckn-packaging.co.id',
    // A Finnish maker's spare parts, sales, service and invoicing desks.
    'varaosat@pst-saha.fi',
    'myynti@pst-saha.fi',
    'huolto@pst-saha.fi',
    'laskutus@pst-saha.fi',
    // A Riga wholesaler's warehouse, accounting, projects, sales, showroom and other desks.
    'noliktava@elektrolinija.lv',
    'gramatvediba@elektrolinija.lv',
    'projekti@elektrolinija.lv',
    'pardosana@elektrolinija.lv',
    'salons@elektrolinija.lv',
    'reklamacijas@elektrolinija.lv',
    'iepirkumi@elektrolinija.lv',
    'darbs@elektrolinija.lv',
    'dati@elektrolinija.lv',
    'b2b@elektrolinija.lv',
    // A Novi Sad farm-supply firm's shop, warehouse, advisory, purchasing and data-protection desks.
    'apoteka@agroravnica.rs',
    'magacin@agroravnica.rs',
    'savetodavna@agroravnica.rs',
    'nabavka@agroravnica.rs',
    'zzpl@agroravnica.rs',
    // A tea firm's online shop, wholesale and plantation desks, in pinyin.
    'dianshang@fengmingtea.com',
    'pifa@fengmingtea.com',
    'jidi@fengmingtea.com',
  ])('takes %s for a function’s mailbox', (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });

  it.each([
    'hejun@cdrkyy.com',
    'lily.zhou@cdrkyy.com',
    // A person's mailbox that merely starts like a function's.
    'intl.zhouli@cdrkyy.com',
    'ostrowski@smokbyte.pl',
    'exportmanager.wang@hengmei-jewelry.com',
    'salesman@example.com',
    'rhonda.diaz@sirsa.com.mx',
    'eventsmanager.li@example.com',
  ])('takes %s for a person’s', (email) => {
    expect(isRoleMailbox(email)).toBe(false);
  });
});
