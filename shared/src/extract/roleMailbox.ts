/**
 * Mailboxes of a function, not a person (RFC 2142 lists the common ones): info@, sales@, support@,
 * and a real-estate office's rentals@, a hotel's reservations@, a hospital's intl@, a maker's
 * export@, a studio's design@ or a dealership's parts@; in German a firm's verkauf@, einkauf@,
 * buchhaltung@, qualitaet@ or lehrstellen@ (apprenticeships); a quality desk's qc@ or qa@; and as firms in
 * Vietnam (ketoan@, kinhdoanh@, cskh@), Italy (amministrazione@, spedizioni@), Spain and Latin
 * America (ventas@, compras@, cobranza@: collections, rh@: recursos humanos), Indonesia
 * (penjualan@, keuangan@), Poland (biuro@, sprzedaz@, kariera@, faktury@, iod@: the data protection
 * officer's), Turkey (muhasebe@, satis@), France (compta@, achats@, adv@: administration des
 * ventes, sav@: service après-vente), the Czech lands (obchod@, podpora@, fakturace@), Brazil
 * (vendas@, pedidos@: orders, cobranca@: collections, financeiro@) and Austria (angebote@:
 * quotes, kundendienst@: customer service, karriere@, datenschutz@) name their departments'
 * mailboxes, as a freight firm does its trades' (haulage@, airfreight@, customs@), a wine estate
 * its tasting room's, events' and wine club's (tasting@, events@, wineclub@), a Spanish firm its
 * administración's (administracion@), a Vietnamese one its warranty desk's (baohanh@: bảo hành) and a
 * Portuguese one its quality, invoicing, data-protection and general desks' (qualidade@, faturacao@,
 * rgpd@, geral@, encomendas@: orders), as a Romanian one its sales, parts, accounting, invoicing,
 * orders, purchasing and careers desks' (vanzari@, piese@, contabilitate@, facturare@, comenzi@,
 * achizitii@, cariere@), an Israeli one its accessibility coordinator's (negishut@: נגישות), and a
 * Finnish one its spare parts, sales, service, invoicing and recruiting desks' (varaosat@,
 * myynti@, huolto@, laskutus@, rekry@), and a Chinese one its desks' in pinyin (caiwu@: 财务,
 * xiaoshou@: 销售, caigou@: 采购, renshi@, zhaopin@, shouhou@, waimao@, fapiao@, a carrier's daishou@:
 * 代收货款, lipei@: 理赔, cangchu@: 仓储, tousu@: 投诉 and diaodu@: 调度, a tea firm's dianshang@: 电商, pifa@:
 * 批发 and jidi@: 基地), and a customer
 * service desk's cs@ (and customer care's care@), a data-protection officer's gdpr@, an exporter's
 * documents, samples and warehouse desks (exportdocs@, samples@, warehouse@), a Norwegian firm its
 * invoicing, jobs, privacy, workshop, warehouse and sales desks (faktura@, jobb@, personvern@,
 * verksted@, lager@, salg@), a Lithuanian one its sales, logistics, accounting, purchasing and
 * careers desks (pardavimai@, logistika@, buhalterija@, pirkimai@, karjera@), and a Croatian firm its sales,
 * purchasing, accounting, jobs, management, office, complaints and warehouse desks' (prodaja@,
 * nabava@, racunovodstvo@, posao@, uprava@, tajnistvo@, reklamacije@, skladiste@), a Swedish
 * forwarder its customs, air and sea freight desks (tull@, flyg@, flygfrakt@, sjofrakt@), and an
 * Argentine dealer its collections, human resources, suppliers', after-sales, spare parts and
 * credit desks (cobranzas@, rrhh@, proveedores@, posventa@, repuestos@, creditos@), and a Japanese
 * firm its recruiting desk (recruit@, saiyo@), and an Estonian one its sales, purchasing, warranty,
 * invoicing and maintenance desks (myyk@: müük, ost@, garantii@, arved@, hooldus@), a shipping
 * documents desk's docs@, and a Chinese factory's safety-shoe division and domestic sales, logistics
 * and warehouse desks (safety@, neixiao@: 内销, wuliu@: 物流, cangku@: 仓库), and a Hungarian firm's
 * service, sales, parts, invoicing, careers, data protection, finance, purchasing, office and
 * customer service desks (szerviz@, ertekesites@, alkatresz@, szamlazas@, karrier@, adatvedelem@,
 * penzugy@, beszerzes@, iroda@, ugyfelszolgalat@), and a shipbroker's chartering, operations and
 * sale-and-purchase desks (drycargo@, containers@, chartering@, ops@, operations@, snp@), and an
 * association's youth wing and education committee (youth@, education@), and a Chilean winery its
 * wine-tourism, logistics, invoicing, online shop, job applications and whistleblowing desks
 * (turismo@, logistica@, facturacion@, tienda@, postulaciones@, canaldenuncias@), and a Bulgarian
 * printer its quality, orders, packaging, prepress and accounting desks (kachestvo@, poruchki@,
 * opakovki@, prepress@, schetovodstvo@), and a Latvian wholesaler its sales, projects, warehouse,
 * accounting, complaints, purchasing, jobs, data-protection, showroom and trade-account desks
 * (pardosana@: pārdošana, projekti@, noliktava@, gramatvediba@: grāmatvedība, reklamacijas@,
 * iepirkumi@, darbs@, dati@, salons@, b2b@), and a Serbian farm-supply firm its shop's, warehouse,
 * advisory, purchasing and data-protection desks (apoteka@, magacin@, savetodavna@, nabavka@, zzpl@:
 * zaštita podataka o ličnosti).
 * They do not join a person read in order, and a card without a name holding one is the company's.
 */
const ROLE_MAILBOX =
  /^(?:apoteka|magacin|savetodavna|nabavka|zzpl|pardosana|projekti|noliktava|gramatvediba|reklamacijas|iepirkumi|darbs|dati|salons|b2b|qa|kachestvo|poruchki|opakovki|prepress|schetovodstvo|turismo|logistica|facturacion|tienda|postulaciones|canaldenuncias|info|partners|partnerships?|kariera|faktury|iod|rodo|dpo|service|services|support|sales|hello|contact|contactus|enquiries|inquiries|office|admin|press|media|pr|hr|jobs|careers|marketing|billing|accounts|account|finance|help|team|kefu|webmaster|secretariat|membership|tips|ad|ads|noreply|no-reply|rentals|leasing|lettings|bookings|reservations|orders|enquiry|reception|intl|international|export|overseas|design|parts|fleet|purchase|purchasing|procurement|verkauf|einkauf|vertrieb|buchhaltung|qualitaet|qualitat|quality|technik|versand|lehrstellen|personal|empfang|zentrale|kontakt|anfrage|anfragen|qc|qa|domestic|shipping|logistics|dispatch|ketoan|kinhdoanh|cskh|giaonhan|tuyendung|nhansu|lienhe|amministrazione|spedizioni|commerciale|ufficio|assistenza|ricambi|acquisti|ventas|compras|contabilidad|facturacion|cobranza|credito|rh|atencion|pemasaran|penjualan|keuangan|gudang|biuro|sprzedaz|ksiegowosc|rekrutacja|kadry|serwis|muhasebe|satis|compta|comptabilite|achats|adv|sav|recrutement|obchod|podpora|fakturace|haulage|airfreight|seafreight|freight|customs|clearing|complaints|pedidos|cobranca|vendas|financeiro|angebote|kundendienst|karriere|datenschutz|administracion|baohanh|tasting|events|wineclub|restaurant|privacy|qualidade|faturacao|rgpd|geral|encomendas|expedicao|contabilidade|logistica|comercial|accounting|vanzari|piese|contabilitate|facturare|comenzi|achizitii|aprovizionare|ofertare|cariere|juridic|negishut|hrd|caiwu|xiaoshou|caigou|renshi|zhaopin|shouhou|waimao|fapiao|daishou|lipei|cangchu|tousu|diaodu|dianshang|pifa|jidi|servis|buh|zamovlennia|zakupivli|robota|academy|nakup|varaosat|myynti|huolto|laskutus|rekry|tilaukset|asiakaspalvelu|vaihde|toimisto|cs|gdpr|exportdocs|samples|care|warehouse|faktura|jobb|personvern|verksted|lager|salg|pardavimai|logistika|buhalterija|pirkimai|karjera|prodaja|nabava|racunovodstvo|financije|posao|uprava|tajnistvo|reklamacije|skladiste|tull|flyg|sjofrakt|flygfrakt|cobranzas|rrhh|proveedores|posventa|repuestos|creditos|recruit|saiyo|myyk|ost|garantii|arved|hooldus|warranty|docs|safety|neixiao|wuliu|cangku|szerviz|ertekesites|alkatresz|szamlazas|karrier|adatvedelem|penzugy|beszerzes|iroda|ugyfelszolgalat|drycargo|containers|chartering|ops|operations|snp|youth|education)@/;

/** The mailbox is a function's (info@, sales@ …), not a person's. */
export function isRoleMailbox(email: string): boolean {
  return ROLE_MAILBOX.test(email);
}
