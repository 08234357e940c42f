import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, WideMerge } from '../model/table.ts';
import { rowContextOf, rowText, skippedReasonOfTexts, skippedRowReason } from './skippedRows.ts';

const HEADER = ['客户编号', '姓名', '公司', '手机', '消费金额', '备注'];
const CONTEXT = rowContextOf('customers', HEADER, [0, 1, 2, 3]);

describe('skippedRowReason', () => {
  it.each<[string, Cell[], string | null]>([
    ['a customer', ['C001', '张伟', '明华贸易', '13912345678', 1200, ''], null],
    ['a customer with only a phone', ['', '', '', '13912345678', '', ''], null],
    ['a company called "Total Solutions"', ['C002', 'Kevin Liu', 'Total Solutions Ltd', '', 300, ''], null],
    ['a customer whose note says 合计', ['C003', '王芳', '', '', 10, '合计两单'], null],
    ['合计 in the first column', ['合计', '', '', '', 125800, ''], 'total'],
    ['合计： with a figure', ['', '合计：125,800 元', '', '', '', ''], 'total'],
    ['本页小计', ['本页小计', '', '', '', 9800, ''], 'total'],
    ['汇总 (a WPS summary line)', ['汇总', '', '', '', 143580, ''], 'total'],
    ["a month's 月合计", ['', '', '', '9月 月合计', 6214, ''], 'total'],
    ["a day's 日合计", ['', '11月3日 日合计', '', '', 1300.9, ''], 'total'],
    ['日合计 alone', ['', '日合计', '', '', 1756, ''], 'total'],
    ['a count of students with its breakdown', ['Total students: 14 (Oct: 9, Nov: 5)', '', '', ''], 'total'],
    // A restaurant's day-end line under each day's bills, its figures and a remark after it.
    ['日结', ['日结', '', '', '', 9, 3974, 180, 3794, '', '含充值3000'], 'total'],
    // A Japanese ledger's totals: each ten days', the month's, a count of its customers.
    ['上旬計', ['', '', '', '', '上旬計', '', '', 167500, '', 182438, ''], 'total'],
    ['月計', ['', '', '', '', '月計', '', '', 385100, '', 421168, ''], 'total'],
    ['計 11件', ['計 11件（業務用 8・個人 3）', '', '', ''], 'total'],
    // A week's and a period's totals in English.
    ['Week 1 Total', ['', '', '', 'Week 1 Total', '₱47,095.00', '', '', ''], 'total'],
    ['TOTAL Nov 1-21', ['', '', '', 'TOTAL Nov 1-21', '₱138,670.00', '', '', ''], 'total'],
    ['a customer called Total Nov Ltd', ['C9', 'Total Nov Ltd', '', '', 300, ''], null],
    // Korean and Vietnamese totals.
    ['총 12명', ['총 12명 (개인 10 / 업체 2)', '', '', ''], 'total'],
    ['소계 with the days it adds', ['', '', '', '', '', '소계 (1~15일)', '897,000원', '', ''], 'total'],
    ['11월 합계', ['', '', '', '', '', '11월 합계', '2,067,000원', '', ''], 'total'],
    ['Tổng: 12 khách', ['Tổng: 12 khách (lẻ 10, sỉ/đoàn 2)', '', '', ''], 'total'],
    ['Tổng tháng 10', ['', '', '', '', 'Tổng tháng 10', '', '20.940.000 ₫', '', ''], 'total'],
    ['TỔNG CỘNG', ['', '', '', '', 'TỔNG CỘNG', '', '56.760.000 ₫', '', ''], 'total'],
    // Totals in the other languages: a month's, all months', a count of the customers, the debt.
    ['Summe Oktober', ['', '', '', '', 'Summe Oktober', '25.964,03 €', '3.109,17 €', ''], 'total'],
    ['Gesamt Okt.–Nov. 2026', ['', '', '', '', 'Gesamt Okt.–Nov. 2026', '44.034,03 €', '', ''], 'total'],
    ['Total noviembre', ['', '', '', '', 'Total noviembre', '$33,685.00', '', ''], 'total'],
    ['TOTAL GENERAL', ['', '', '', '', 'TOTAL GENERAL', '$60,100.00', '', ''], 'total'],
    ['Subtotal Oktober', ['', '', '', '', 'Subtotal Oktober', 'Rp 23.360.000', '', ''], 'total'],
    ['รวม ต.ค.', ['', '', 'รวม ต.ค.', 17330, 750, ''], 'total'],
    ['11 Kunden (6 privat, 5 Gewerbe)', ['11 Kunden (6 privat, 5 Gewerbe)', '', '', ''], 'total'],
    ['TOTAL DENI', ['', 'TOTAL DENI', '', '', 41500, ''], 'total'],
    ['SUB-TOTAL 1–15 NOV', ['', '', '', 'SUB-TOTAL 1–15 NOV', '83,620', ''], 'total'],
    ['a Thai total and its English', ['', '', 'รวมทั้งหมด / Grand total', 29890, 1700, ''], 'total'],
    ['a Thai count of customers', ['รวม 12 คน (ไทย 7 · ต่างชาติ 5)', '', '', '', '', ''], 'total'],
    [
      'a signature line in Spanish',
      ['Elaboró: Lupita Sánchez        Revisó: Don Arturo', '', '', '', '', ''],
      'note',
    ],
    // Polish and Turkish totals: the month's (in Roman numerals too), all of them, a count of the
    // customers, the page carried forward, Turkish's total after what it adds up.
    ['Razem październik', ['', '', '', '', 'Razem październik', '17 062,03 zł', '', ''], 'total'],
    ['RAZEM X–XI 2026', ['', '', '', '', 'RAZEM X–XI 2026', '30 419,78 zł', '', ''], 'total'],
    [
      'Razem: 12 klientów',
      ['Razem: 12 klientów (5 warsztatów, 3 firmy, 4 indywidualni)', '', '', ''],
      'total',
    ],
    ['EKİM TOPLAMI', ['', '', '', '', 'EKİM TOPLAMI', '₺1.879.520,00', '', ''], 'total'],
    [
      'GENEL TOPLAM (EKİM–KASIM)',
      ['', '', '', '', 'GENEL TOPLAM (EKİM–KASIM)', '₺3.419.070,00', '', ''],
      'total',
    ],
    ['NAKLİ YEKÜN', ['', '', '', '', 'NAKLİ YEKÜN', '₺1.879.520,00', '', ''], 'total'],
    [
      'Toplam 11 müşteri cari',
      ['Toplam 11 müşteri cari (8 yurt içi, 3 yurt dışı)', '', '', '', '', ''],
      'total',
    ],
    ['a note signed in Polish', ['Sporządziła: K. Wójcik, 30.11.2026', '', '', '', '', ''], 'note'],
    // Dutch, Vietnamese and a 民國 ledger's totals and notes.
    ['Totaal oktober', ['', '', '', 'Totaal oktober', '€ 16.546,86', ''], 'total'],
    ['TOTAAL okt. + nov. 2026', ['', '', '', 'TOTAAL okt. + nov. 2026', '€ 22.041,62', ''], 'total'],
    ['Totaal: 10 klanten', ['Totaal: 10 klanten (3 zakelijk, 7 particulier)', '', '', '', '', ''], 'total'],
    ['Cộng tháng 10', ['', '', '', 'Cộng tháng 10', '253.430.000', ''], 'total'],
    [
      'who keeps the list, without a colon',
      ['Bijgehouden door Ilse de Wit – controle Sander, 1-12-2026', '', '', '', '', ''],
      'note',
    ],
    [
      'who made the list in Vietnamese',
      ['Người lập biểu: Thảo   Kiểm tra: Cô Hoa', '', '', '', '', ''],
      'note',
    ],
    [
      'who entered the list, in traditional characters',
      ['登錄：怡君 覆核：店長 115/12/01', '', '', '', '', ''],
      'note',
    ],
    [
      'a footnote marked with a star',
      ['* Giá có thể thay đổi theo mùa, gọi trước khi đặt.', '', '', '', '', ''],
      'note',
    ],
    ['a customer called Totaal Techniek', ['C9', 'Totaal Techniek', '', '', 300, ''], null],
    ['a customer called Prepared Foods Ltd', ['C9', 'Prepared Foods Ltd', '', '', 300, ''], null],
    ['a customer called Total 8 Fitness Studio', ['C9', 'Total 8 Fitness Studio', '', '', 300, ''], null],
    ['a customer called Razem Studio', ['C9', 'Razem Studio', '', '', 300, ''], null],
    ['a customer called Toplam Tekstil Ltd', ['C9', 'Toplam Tekstil Ltd', '', '', 300, ''], null],
    ['a customer called Total Oktober GmbH', ['C9', 'Total Oktober GmbH', '', '', 300, ''], null],
    ['a customer called Summe Media', ['C9', 'Summe Media', '', '', 300, ''], null],
    ['the tax collected under the sales', ['', '', '', 'GST collected', 373.5, ''], 'total'],
    ["a quarter's 小计 with a remark", ['', '', '', '四季度小计（截至11月）', 29.06, ''], 'total'],
    [
      'a sentence under the table, without a full stop',
      ['Gate codes + key safe numbers are in my phone, not in here', '', '', '', '', ''],
      'note',
    ],
    ['a week’s total (we… as a weighted total starts)', ['', '', '', 'Week total', 312, ''], 'total'],
    [
      'a count with its breakdown after it',
      ['共 12 位（朋友圈 4，老客介绍 4，抖音 4）', '', '', '', '', ''],
      'total',
    ],
    ['Grand Total', ['', 'Grand Total', '', '', 125800, ''], 'total'],
    ['Subtotal:', ['Subtotal:', '', '', '', 5, ''], 'total'],
    ['合计： with a count of customers', ['合计：4 位客户', '', '', '', '', ''], 'total'],
    ['合计 with a count, no colon', ['合计 12 人', '', '', '', '', ''], 'total'],
    ['總計 (traditional)', ['總計', '', '', '', 125800, ''], 'total'],
    ['合計 with a currency code before the figure', ['', '', '', '合計 NT$10,640', '', ''], 'total'],
    ['Total with RMB before the figure', ['Total RMB 800', '', '', '', '', ''], 'total'],
    ["a month's subtotal", ['', '', '', '9月小计', 22200, ''], 'total'],
    ["a month's subtotal in traditional characters", ['', '', '', '10月小計', 12800, ''], 'total'],
    ["a month's subtotal with its translation", ['', '', '', '9月小计 Sep Sub-total', 22412.9, ''], 'total'],
    ['a count of the customers in two languages', ['Total 13 个客户 customers', '', '', '', '', ''], 'total'],
    [
      'who prepared the list, the label in two languages',
      ['Prepared by 开单: Ah Mei', '', '', '', 'Checked by 老板: ________', ''],
      'note',
    ],
    ['a company whose name starts as a total does', ['C017', 'Total 8 Fitness Studio', '', '', 60, ''], null],
    [
      'counts of the rows by their status',
      ['Active: 11   Frozen: 1   Cancelled: 2', '', '', '', '', ''],
      'total',
    ],
    ['a customer whose remark gives two counts', ['C018', '王芳', '', '', 60, '大人: 2, 小孩: 1'], null],
    ["a region's total", ['华东区合计', '', '', '', 9800, ''], 'total'],
    [
      "a customer's subtotal in a ledger grouped by customer",
      ['', '', '广州联创建材有限公司 小计', '', 16100, ''],
      'total',
    ],
    [
      "QuickBooks' total for a customer, however long its name",
      ['Total for Bright Pixel Studio Incorporated', '', '', '', 8900, ''],
      'total',
    ],
    ['Subtotal for a customer', ['', 'Subtotal for Acme', '', '', 120, ''], 'total'],
    ['a company called "Total Fitness for Women"', ['C015', 'Total Fitness for Women', '', '', 60, ''], null],
    ['a subtotal in brackets', ['【小计】', '', '', '', 3000, ''], 'total'],
    ['a total in full-width brackets', ['', '（合计）', '', '', 4960, ''], 'total'],
    ['a customer whose name is in brackets', ['C016', '【好运来】', '', '', 10, ''], null],
    [
      "QuickBooks' report footer",
      ['Cash Basis Friday, December 4, 2026 09:15 AM GMT-08:00', '', '', '', '', ''],
      'note',
    ],
    ['a time stamp alone under a report', ['', '2026-12-04 09:15:33', '', '', '', ''], 'note'],
    ['a customer known by name only, whose name holds a year', ['', '2046 Studio', '', '', '', ''], null],
    ['a count of the customers', ['共 5 位客人', '', '', '', '', ''], 'total'],
    ['a count of companies run together', ['共5家', '', '', '', '', ''], 'total'],
    ['a company whose name starts with 共', ['C013', '共创科技', '', '', 10, ''], null],
    ['a company whose name ends in 合计', ['C014', '张伟', '', '', 10, '老客户合计两单以上'], null],
    ['合計筆數： a count of rows', ['合計筆數：3', '', '', '', '', ''], 'total'],
    ['a total label with its translation', ['Total 總數', '3', '', '', '', ''], 'total'],
    ['合計 Total with a figure', ['', '', '合計 Total', '', 25300, ''], 'total'],
    ['a customer called "Total 金融"', ['C012', 'Total 金融', '', '', 80, ''], null],
    ['a restaurant called "Sum Kee 88"', ['C011', 'Sum Kee 88', '', '', 50, ''], null],
    ['a company called "Total Gym 24"', ['', 'Total Gym 24', '', '', 50, ''], null],
    ['合計： with a count (traditional)', ['合計：4 間公司', '', '', '', '', ''], 'total'],
    ['本頁小計 (traditional)', ['本頁小計', '', '', '', 9800, ''], 'total'],
    // A ledger kept over pages carries its running total to the next page on lines of their own.
    ['过次页 at the foot of a page', ['', '', '过次页', '', 24.91, ''], 'total'],
    ['承前页 at the head of the next', ['', '', '承前页', '', 24.91, ''], 'total'],
    ['過次頁 (traditional)', ['過次頁', '', '', '', 24.91, ''], 'total'],
    ['本年累计', ['本年累计', '', '', '', 42.99, ''], 'total'],
    ['Balance b/f', ['', '', '', '', 'Balance b/f', 'RM 86,450.00'], 'total'],
    ['Total c/f', ['', '', '', '', 'Total c/f', 'RM 94,955.50'], 'total'],
    ['Brought forward', ['Brought forward', '', '', '', 1200, ''], 'total'],
    ['Opening balance', ['', 'Opening Balance', '', '', 1200, ''], 'total'],
    ['a company called "Balance Fitness"', ['C017', 'Balance Fitness', '', '', 60, ''], null],
    // A total of what the table counts; a group's total, its name first.
    ['Total contacts: 7', ['', '', 'Total contacts: 7', '', '', ''], 'total'],
    ['a count with a remark', ['Total: 7 customers (6 active)', '', '', '', '', ''], 'total'],
    // A period's total or its figures so far, as a sole trader's invoice sheet closes a quarter.
    [
      'a quarter’s total, its months in brackets',
      ['', '', 'Q1 total (Jul-Sep)', '', '$4,435.00', ''],
      'total',
    ],
    ['a quarter to date', ['', '', 'Q2 to date (Oct-Dec)', '', '$4,075.00', ''], 'total'],
    ['the financial year to date', ['', '', 'FY to date', '', '$8,510.00', ''], 'total'],
    ['a count, its groups in brackets', ['共 6 位（阿豪 3／Amy 3）', '', '', '', '', ''], 'total'],
    ['YTD', ['YTD', '', '', '', 12400, ''], 'total'],
    ['a company called "Up to Date Ltd"', ['C020', 'Up to Date Ltd', '', '', 60, ''], null],
    ['合计： with a long count', ['合计：共 12 位客户，其中 3 位为今年新客户', '', '', '', '', ''], 'total'],
    ['Grand total: with a long count', ['', 'Grand total: 1,240 orders this year', '', '', '', ''], 'total'],
    [
      'a company whose long name starts with Total',
      ['C019', 'Total Fitness Solutions (Holdings) Ltd', '', '', 60, ''],
      null,
    ],
    ['合共：6 位客戶 (Cantonese)', ['合共：6 位客戶', '', '', '', '', ''], 'total'],
    ['Won total', ['', '', 'Won total', '', 1227650, ''], 'total'],
    ['Page subtotal', ['Page subtotal', '', '', '', 9800, ''], 'total'],
    ['a company called "Total Contacts Ltd"', ['C018', 'Total Contacts Ltd', '', '', 60, ''], null],
    // A sheet's totals row labelled with the sum sign alone.
    ['Σ in the name column', ['', 'Σ', '', '', 5, ''], 'total'],
    ['∑ (the n-ary sum)', ['∑', '', '', '', 262, ''], 'total'],
    ['总数： with a count', ['總數：4 位會員', '', '', '', '', ''], 'total'],
    ['製表人 (traditional)', ['製表人：陳小姐　審核：黃經理', '', '', '', '', ''], 'note'],
    ['資料來源 (Taiwan)', ['資料來源：業務系統', '', '', '', '', ''], 'note'],
    ['以下無內容 (traditional)', ['以下無內容', '', '', '', '', ''], 'note'],
    ['a footnote marked *', ['* 電話同WhatsApp一樣就唔使另外填', '', '', '', '', ''], 'note'],
    ['a footnote marked ※', ['※ 統一編號空白者為個人戶', '', '', '', '', ''], 'note'],
    [
      'a bulleted note under the table',
      ['• Collection from the kitchen Fri/Sat only', '', '', '', '', ''],
      'note',
    ],
    ['a note marked ●', ['● 老客户回购一律9.5折', '', '', '', '', ''], 'note'],
    ['the terms a listing abbreviates', ['Terms: COD = cash on delivery', '', '', '', '', ''], 'note'],
    ['a legend', ['', 'Legend: ✓ = paid', '', '', '', ''], 'note'],
    ['温馨提示', ['温馨提示：请核对联系方式', '', '', '', '', ''], 'note'],
    // A sentence alone under a table.
    ['a sentence', ['Not VAT registered (turnover under the threshold).', '', '', '', '', ''], 'note'],
    [
      'a labelled sentence',
      ['Rates: HMRC monthly exchange rate for the month invoiced.', '', '', '', '', ''],
      'note',
    ],
    ['a Chinese sentence', ['', '以上金额均为含税价格。', '', '', '', ''], 'note'],
    // A customer known by name only is no sentence, its Ltd. and Inc. notwithstanding.
    ['a company ending in Ltd.', ['', 'Smith and Sons Builders Ltd.', '', '', '', ''], null],
    ['a company ending in Inc.', ['', 'Harlow Labs Research and Design Inc.', '', '', '', ''], null],
    ["承辦人 (Taiwan's 经办人)", ['承辦人：林雅婷　主管：陳志豪', '', '', '', '', ''], 'note'],
    ['a customer whose note starts with *', ['C015', '王芳', '', '', 10, '*重要'], null],
    ['a customer whose company starts with 總', ['C010', '陳大文', '總統貿易', '', 10, ''], null],
    ['Total: with words after it', ['Total: 12 accounts', '', '', '', '', ''], 'total'],
    ['a company called "Sum Capital"', ['C004', 'Ann Lee', 'Sum Capital', '', 300, ''], null],

    ['a signature line', ['制表人：王芳    审核：李强', '', '', '', '', ''], 'note'],
    ['a bookkeeper’s sign-off', ['记账：阿红　　　　老板签字：', '', '', '', '', ''], 'note'],
    ['a cashier’s sign-off', ['出纳：李丽  会计：王强', '', '', '', '', ''], 'note'],
    ['a notes line', ['备注：金额单位为元', '', '', '', '', ''], 'note'],
    ['an export note', ['导出时间：2026-11-30 18:00', '', '', '', '', ''], 'note'],
    ['以下空白 closing a form', ['以下空白', '', '', '', '', ''], 'note'],

    ['the header pasted again', ['客户编号', '姓名', '公司', '手机', '消费金额', ''], 'repeated-header'],
    // Three of five filled cells is the 60% a repeated header needs; two of five is a record.
    [
      'three of five filled cells repeat the header',
      ['客户编号', '姓名', '公司', '13912345678', 800, ''],
      'repeated-header',
    ],
    [
      'two of five filled cells repeat the header',
      ['客户编号', '姓名', '明华贸易', '13912345678', 800, ''],
      null,
    ],
    [
      'the header pasted again, written another way',
      ['客户 编号', '姓名(全称)', '公司', 'Phone', '', ''],
      'repeated-header',
    ],
    ['a row with spend but no one to call', ['', '', '', '', 800, '老客户'], 'no-identity'],
    ['a row of placeholders and a number', ['-', '—', 'N/A', '', 800, ''], 'no-identity'],
    // A French group heading with what it means after it; who keeps the sheet, in French.
    [
      'ENTREPRISES / ASSOCIATIONS (facture, …)',
      ['', '', 'ENTREPRISES / ASSOCIATIONS (facture, virement ou chèque)', '', '', ''],
      'section',
    ],
    [
      'Saisi par …',
      ['Saisi par Marc Garnier – vérifié par Émilie, le 01/12/2026', '', '', '', '', ''],
      'note',
    ],
    // A day the practice was closed, beside its date.
    ['a closed day', ['', '28. 10. 2026', 'ZAVŘENO – státní svátek', '', '', ''], 'note'],
    // Czech totals: the month's, the whole period's, a count of the clients.
    ['Celkem říjen', ['', '', '', 'Celkem říjen', 41200, ''], 'total'],
    ['Součet říjen + listopad', ['', '', '', 'Součet říjen + listopad', 52945, ''], 'total'],
    ['Celkem: 18 klientů (…)', ['Celkem: 18 klientů (16 osob, 2 firmy)', '', '', '', '', ''], 'total'],
    // An Italian count of the clients; a Spanish sign-off, who kept the sheet and who checked it.
    ['Totale clienti: 14 (…)', ['Totale clienti: 14 (7 aziende, 7 privati)', '', '', '', '', ''], 'total'],
    [
      '… – revisado por …',
      ['Amparo (administración) – revisado por Vicente, 01/12/2026', '', '', '', '', ''],
      'note',
    ],
    ['… – controllato da …', ['Giulia Casarini – controllato da Paolo', '', '', '', '', ''], 'note'],
    // A Flemish grand total and sign-off; Vietnamese and Chinese totals of a Taoyuan grocery, and
    // its note of several sentences; a South African sign-off without its by.
    [
      'ALGEMEEN TOTAAL okt. + nov. 2026',
      ['', '', '', 'ALGEMEEN TOTAAL okt. + nov. 2026', 16349.71, ''],
      'total',
    ],
    [
      'Opgemaakt door …',
      ['Opgemaakt door Jonas – nagekeken Lieve Maes, 01/12/2026', '', '', '', '', ''],
      'note',
    ],
    ['Cộng tháng 10 十月合計', ['', '', '', 'Cộng tháng 10 十月合計', 26390, ''], 'total'],
    ['TỔNG CỘNG 總計 (10 + 11)', ['', '', '', 'TỔNG CỘNG 總計 (10 + 11)', '53.370', ''], 'total'],
    [
      'a Vietnamese note of sentences, signed',
      ['Hủy, 作廢 không tính. Khách lẻ không ghi tên. – Hằng ghi, 阿明 對帳 115/12/01', '', '', '', '', ''],
      'note',
    ],
    ['… – checked …', ['Annelie Marais – checked Kobus, 30/11/2026', '', '', '', '', ''], 'note'],
    // A Stockholm salon's till: its months' totals and the grand one, a count of its customers,
    // and the line saying when the till was squared and by whom.
    ['Summa oktober', ['', '', '', 'Summa oktober', '', '11 392,00 kr'], 'total'],
    ['SUMMA okt + nov', ['', '', '', 'SUMMA okt + nov', '', '24 177,00 kr'], 'total'],
    ['Totalt: 11 kunder (…)', ['Totalt: 11 kunder (6 dam, 5 herr)', '', '', '', '', ''], 'total'],
    ['Avstämt 2026-12-01 – …', ['Avstämt 2026-12-01 – Emma Larsson', '', '', '', '', ''], 'note'],
    ['Checked 30/11/2026 by …', ['Checked 30/11/2026 by Mr Tan', '', '', '', '', ''], 'note'],
    // A customer's name is no such line, nor is a salon whose name starts as a total does.
    ['a customer called Summa', ['K-07', 'Summa Nilsson', '', '070-123 45 67', '', ''], null],
    ['Totalt Hår AB', ['K-08', 'Totalt Hår AB', '', '', 1200, ''], null],
    // What last year left owed, carried into a farm-supply shop's credit book; in English.
    [
      '上年结转（…）',
      ['2026.1.1', '', '', '上年结转（2025年赊欠未收回）', '18,640', '明细见去年的本子'],
      'total',
    ],
    ['Balance b/f', ['', '', '', 'Balance b/f', 1520, ''], 'total'],
    ['a customer called Brown', ['C-09', 'Brown & Sons', '', '', 1520, ''], null],
    // A Kuala Lumpur wholesaler's sales in Malay: a month labelled as one, the grand total.
    ['Bulan: OKTOBER 2026', ['Bulan: OKTOBER 2026', '', '', '', '', ''], 'section'],
    ['JUMLAH BESAR (OKT + NOV)', ['', '', '', 'JUMLAH BESAR (OKT + NOV)', 'RM 21,285.90', ''], 'total'],
    ['JUMLAH: 10 pelanggan', ['JUMLAH: 10 pelanggan', '', '', '', '', ''], 'total'],
    // A Greek dry cleaner's month's total and grand total, its count of customers, groups and check.
    ['Σύνολο Οκτωβρίου', ['', '', '', 'Σύνολο Οκτωβρίου', '1.808,50 €', ''], 'total'],
    ['ΓΕΝΙΚΟ ΣΥΝΟΛΟ', ['', '', '', 'ΓΕΝΙΚΟ ΣΥΝΟΛΟ', '3.192,50 €', ''], 'total'],
    [
      'Σύνολο: 9 πελάτες (…)',
      ['Σύνολο: 9 πελάτες (4 επαγγελματίες, 5 ιδιώτες)', '', '', '', '', ''],
      'total',
    ],
    ['ΕΠΑΓΓΕΛΜΑΤΙΕΣ (με τιμολόγιο)', ['ΕΠΑΓΓΕΛΜΑΤΙΕΣ (με τιμολόγιο)', '', '', '', '', ''], 'section'],
    ['ΙΔΙΩΤΕΣ', ['ΙΔΙΩΤΕΣ', '', '', '', '', ''], 'section'],
    ['Έλεγχος: …', ['Έλεγχος: Σοφία Τσιρίδου, 30/11/2026', '', '', '', '', ''], 'note'],
    // A Budapest agency's groups, its count of clients (a long breakdown), months' totals and the
    // grand one.
    ['CÉGEK, INTÉZMÉNYEK (…)', ['CÉGEK, INTÉZMÉNYEK (számla, átutalás)', '', '', '', '', ''], 'section'],
    ['MAGÁNSZEMÉLYEK (…)', ['MAGÁNSZEMÉLYEK (készpénz, kártya, utalás)', '', '', '', '', ''], 'section'],
    ['CUKRÁSZDÁK', ['CUKRÁSZDÁK', '', '', '', '', ''], 'section'],
    ['PÉKSÉGEK', ['PÉKSÉGEK', '', '', '', '', ''], 'section'],
    ['EGYÉB (…)', ['EGYÉB (büfé, magánszemély)', '', '', '', '', ''], 'section'],
    [
      'Összesen: 10 ügyfél (…)',
      ['Összesen: 10 ügyfél (5 cég / intézmény, 5 magánszemély)', '', '', '', '', ''],
      'total',
    ],
    ['Október összesen', ['', '', '', 'Október összesen', '1 088 500 Ft', ''], 'total'],
    ['MINDÖSSZESEN (okt.–nov.)', ['', '', '', 'MINDÖSSZESEN (okt.–nov.)', '2 031 500 Ft', ''], 'total'],
    // A Plovdiv depot's count of its clients, its months' totals and the grand one, its remark.
    [
      'Общо: 10 клиента (…)',
      ['Общо: 10 клиента (4 фирми, 3 майстори, 3 частни лица)', '', '', '', '', ''],
      'total',
    ],
    [
      'Общо декември 2025 (19 док.)',
      ['', '', '', 'Общо декември 2025 (19 док.)', '20 225,10 лв.', ''],
      'total',
    ],
    ['ВСИЧКО', ['', '', '', 'ВСИЧКО', '47 265,91 лв.', ''], 'total'],
    ['Забележка: …', ['Забележка: оборот = данъчната основа (без ДДС) в лева.', '', '', '', '', ''], 'note'],
    // A Lviv distributor's count of its clients, its months' totals and the grand one, its remark
    // and who drew it up.
    [
      'Всього: 10 клієнтів (…)',
      ['Всього: 10 клієнтів (2 кав’ярні, 3 ресторани / готелі, 5 ФОП)', '', '', '', '', ''],
      'total',
    ],
    [
      'Разом за лютий 2026 (17 док.)',
      ['', '', '', 'Разом за лютий 2026 (17 док.)', '200 366,00 грн', ''],
      'total',
    ],
    [
      'Всього за лютий–березень 2026',
      ['', '', '', 'Всього за лютий–березень 2026', '304 328,00 грн', ''],
      'total',
    ],
    ['Склала: …', ['Склала: бухгалтер Христина Павлишин, 31.03.2026', '', '', '', '', ''], 'note'],
    ['Перевірив: …', ['Перевірив: директор Б. Стасюк', '', '', '', '', ''], 'note'],
    // A Kaunas wholesaler's: a month's total short enough to be read as a label (Viso už kovą), as a
    // German one's Summe Mai (9 Belege).
    [
      'Iš viso: 10 pirkėjų (…)',
      ['Iš viso: 10 pirkėjų (5 įmonės, 3 meistrai, 2 privatūs)', '', '', '', '', ''],
      'total',
    ],
    ['Viso už kovą (17 dok.)', ['', '', '', 'Viso už kovą (17 dok.)', '12 878,00 €', ''], 'total'],
    ['Summe Mai (9 Belege)', ['', '', '', 'Summe Mai (9 Belege)', '€ 1.204,00', ''], 'total'],
    ['IŠ VISO (kovas–balandis)', ['', '', '', 'IŠ VISO (kovas–balandis)', '20 803,60 €', ''], 'total'],
    [
      'Parengė: …',
      ['Parengė: J. Bernotienė      Patikrino: direktorius V. Mockus      2026-05-04', '', '', '', '', ''],
      'note',
    ],
    ['Pastaba: …', ['Pastaba: apyvarta skaičiuojama be PVM.', '', '', '', '', ''], 'note'],
    // A Riga wholesaler's count of its buyers, its months' totals (the month in the locative) and
    // the grand one.
    [
      'Kopā: 10 pircēji (…)',
      ['Kopā: 10 pircēji (5 uzņēmumi, 3 pašnodarbinātie, 2 privātpersonas)', '', '', '', '', ''],
      'total',
    ],
    ['Kopā martā (19 dok.)', ['', '', '', 'Kopā martā (19 dok.)', '16 404,10 €', ''], 'total'],
    ['Kopā aprīlī', ['', '', '', 'Kopā aprīlī', '7 846,20 €', ''], 'total'],
    [
      'PAVISAM KOPĀ (marts–aprīlis)',
      ['', '', '', 'PAVISAM KOPĀ (marts–aprīlis)', '24 250,30 €', ''],
      'total',
    ],
    // A Novi Sad shop's count of its buyers, its grand total with the year's dot after it.
    [
      'Ukupno: 10 kupaca (…)',
      ['Ukupno: 10 kupaca (3 d.o.o., 5 gazdinstava, 2 zadruge)', '', '', '', '', ''],
      'total',
    ],
    ['SVEGA mart–april 2026.', ['', '', '', 'SVEGA mart–april 2026.', '4.086.750,00 din.', ''], 'total'],
    ['Svega', ['', '', '', 'Svega', '4.086.750,00 din.', ''], 'total'],
    // Other long counts after a label and a colon, in the languages whose label was never tried on
    // them: Czech, Russian.
    [
      'Celkem: 12 klientů (…)',
      ['Celkem: 12 klientů (8 firem, 4 soukromé osoby)', '', '', '', '', ''],
      'total',
    ],
    ['Итого: 14 клиентов (…)', ['Итого: 14 клиентов (9 ТОО, 5 ИП)', '', '', '', '', ''], 'total'],
    // Every total's word opens a long count after a colon, its breakdown in words after it, and a
    // total of months, as each language's first did: German, Hungarian, Bulgarian, Polish,
    // Indonesian.
    [
      'Gesamt: 12 Kunden, davon …',
      ['Gesamt: 12 Kunden, davon 8 Firmen und 4 Privatkunden', '', '', '', '', ''],
      'total',
    ],
    [
      'Összesen: 11 ügyfél, ebből …',
      ['Összesen: 11 ügyfél, ebből 7 cég és 4 magánszemély', '', '', '', '', ''],
      'total',
    ],
    [
      'Всичко: 10 клиента, от тях …',
      ['Всичко: 10 клиента, от тях 4 фирми и 6 частни лица', '', '', '', '', ''],
      'total',
    ],
    ['Ogółem: 14 klientów, w tym …', ['Ogółem: 14 klientów, w tym 9 firm', '', '', '', '', ''], 'total'],
    [
      'Jumlah: 9 pelanggan, …',
      ['Jumlah: 9 pelanggan, 5 korporat dan 4 perorangan', '', '', '', '', ''],
      'total',
    ],
    ['Ogółem październik 2026', ['', '', '', 'Ogółem październik 2026', '12 400,00 zł', ''], 'total'],
    ['Mindösszesen március–április', ['', '', '', 'Mindösszesen március–április', '216 000 Ft', ''], 'total'],
    // A Quanzhou wholesaler's months' totals, 月度小计 after the month.
    ['3月 月度小计（共20笔）', ['', '', '', '3月 月度小计（共20笔）', '196,840', ''], 'total'],
    ['4月 月度小计', ['', '', '', '4月 月度小计', '97,360', ''], 'total'],
    // A Graz merchant's totals of Feber, as Austria names February, and of both months.
    ['Summe Feber 2026 (16 Belege)', ['', '', '', 'Summe Feber 2026 (16 Belege)', '€ 6.046,77', ''], 'total'],
    [
      'Gesamtsumme Jänner + Feber 2026',
      ['', '', '', 'Gesamtsumme Jänner + Feber 2026', '€ 13.771,22', ''],
      'total',
    ],
    // A Deira shop's bilingual totals and its note in Arabic; a firm whose name starts as a total.
    [
      'Total October – إجمالي أكتوبر',
      ['', '', '', 'Total October – إجمالي أكتوبر', 'AED 42,955.00', ''],
      'total',
    ],
    ['GRAND TOTAL – الإجمالي', ['', '', '', 'GRAND TOTAL – الإجمالي', 'AED 82,750.00', ''], 'total'],
    ['ملاحظة: …', ['ملاحظة: جميع المبالغ شاملة ضريبة القيمة المضافة ٥٪', '', '', '', '', ''], 'note'],
    ['Total Solutions – حلول', ['C-12', 'Total Solutions – حلول شاملة', '', '04 355 8120', '', ''], null],
    // A Tampere firm's groups joined by ja, its count of customers, months' totals and the grand
    // one, its note.
    [
      'YRITYKSET JA TALOYHTIÖT (e-lasku)',
      ['YRITYKSET JA TALOYHTIÖT (e-lasku)', '', '', '', '', ''],
      'section',
    ],
    ['YKSITYISET (…)', ['YKSITYISET (kotitalousvähennys)', '', '', '', '', ''], 'section'],
    [
      'Yhteensä 10 asiakasta (…)',
      ['Yhteensä 10 asiakasta (4 yritystä / taloyhtiötä, 6 yksityistä)', '', '', '', '', ''],
      'total',
    ],
    ['Lokakuu yhteensä', ['', '', '', 'Lokakuu yhteensä', '22 401,87 €', ''], 'total'],
    [
      'KAIKKI YHTEENSÄ (loka–marras)',
      ['', '', '', 'KAIKKI YHTEENSÄ (loka–marras)', '25 829,68 €', ''],
      'total',
    ],
    ['Huom.: …', ['Huom.: Liikevaihto = veroton summa.', '', '', '', '', ''], 'note'],
    // A Ljubljana shop's count of customers, its months' totals and the grand one.
    [
      'Skupaj: 10 strank (…)',
      ['Skupaj: 10 strank (4 podjetja in zavodi, 6 fizičnih oseb)', '', '', '', '', ''],
      'total',
    ],
    ['Skupaj oktober', ['', '', '', 'Skupaj oktober', '2.568,69 €', ''], 'total'],
    ['SKUPAJ (okt.–nov.)', ['', '', '', 'SKUPAJ (okt.–nov.)', '8.036,43 €', ''], 'total'],
    ['Skupaj julij–avgust', ['', '', '', 'Skupaj julij–avgust', '1.200,00 €', ''], 'total'],
    // A Split firm's groups, its count of customers, a month's total and the grand one.
    ['PRAVNE OSOBE (…)', ['PRAVNE OSOBE (agencije, hoteli, čarter, klubovi)', '', '', '', '', ''], 'section'],
    [
      'Ukupno: 10 kupaca (…)',
      ['Ukupno: 10 kupaca (5 pravnih osoba, 5 fizičkih osoba)', '', '', '', '', ''],
      'total',
    ],
    ['Ukupno rujan', ['', '', '', 'Ukupno rujan', '17.117,00 €', ''], 'total'],
    ['SVEUKUPNO (rujan–listopad)', ['', '', '', 'SVEUKUPNO (rujan–listopad)', '30.974,00 €', ''], 'total'],
    // A Quezon City distributor's barangays, a month's sum, a barangay store that is a customer.
    ['BRGY. BAGBAG', ['BRGY. BAGBAG', '', '', '', '', ''], 'section'],
    ['BRGY. GULOD / NOVA PROPER', ['BRGY. GULOD / NOVA PROPER', '', '', '', '', ''], 'section'],
    ['Kabuuan – Oktubre', ['', '', '', 'Kabuuan – Oktubre', '₱84,820.00', ''], 'total'],
    ['Kabuuan – Nob 2026', ['', '', '', 'Kabuuan – Nob 2026', '₱60,770.00', ''], 'total'],
    ['a store in a barangay', ['Brgy. Bagbag Sari-Sari', 'Nena Santiago', '', '0917 555 2301', '', ''], null],
    // A Bergen plumber's month's sum and its sign-off; a Bucharest service's grand total and its.
    ['Sum oktober', ['', '', '', 'Sum oktober', 'kr 329 498,00', ''], 'total'],
    ['Utarbeidet av: …', ['Utarbeidet av: Kari Haugland, 01.12.2026', '', '', '', '', ''], 'note'],
    ['Total martie', ['', '', '', 'Total martie', '15.603,11 lei', ''], 'total'],
    [
      'TOTAL GENERAL mar.–apr. 2025',
      ['', '', '', 'TOTAL GENERAL mar.–apr. 2025', '36.622,94 lei', ''],
      'total',
    ],
    ['Întocmit: …', ['Întocmit: Mihaela Dumitrescu, 05.05.2025', '', '', '', '', ''], 'note'],
    // A Bratislava installer's count of customers, its months' sums and the whole.
    ['Spolu: 10 zákazníkov (…)', ['Spolu: 10 zákazníkov (4 PO, 6 FO)', '', '', '', '', ''], 'total'],
    ['Spolu október', ['', '', '', 'Spolu október', '38 107,80 €', ''], 'total'],
    [
      'CELKOM október – november 2026',
      ['', '', '', 'CELKOM október – november 2026', '56 862,51 €', ''],
      'total',
    ],
    ['a customer called Sum Kee', ['C-15', 'Sum Kee Trading', '', '+852 2345 6789', '', ''], null],
    ['a customer called Skupaj d.o.o.', ['C-14', 'Skupaj d.o.o.', '', '+386 1 620 45 10', '', ''], null],
    ['a customer called Yhteensä Oy', ['C-13', 'Yhteensä Oy', '', '+358 40 123 4567', '', ''], null],
    // An Almaty supplier's groups, months and totals in Russian, its note.
    ['Юр. лица (заңды тұлғалар)', ['Юр. лица (заңды тұлғалар)', '', '', '', '', ''], 'section'],
    ['ОКТЯБРЬ 2026 (Қазан)', ['ОКТЯБРЬ 2026 (Қазан)', '', '', '', '', ''], 'section'],
    ['Итого: 9 клиентов (…)', ['Итого: 9 клиентов (5 юр. лиц, 4 физ. лица)', '', '', '', '', ''], 'total'],
    ['Итого за октябрь', ['', '', '', 'Итого за октябрь', '2 017 550 ₸', ''], 'total'],
    ['Всего за октябрь–ноябрь', ['', '', '', 'Всего за октябрь–ноябрь', '3 321 950 ₸', ''], 'total'],
    ['Примечание: …', ['Примечание: выручка = Сумма (без НДС).', '', '', '', '', ''], 'note'],
    ['a customer called Итоговая', ['K-06', 'ТОО «Итоговая Линия»', '', '+7 701 234 56 78', '', ''], null],
    ['a customer called Összes', ['C-11', 'Összes Kft.', '', '+36 1 456 7800', '', ''], null],
  ])('%s → %s', (_name, cells, reason) => {
    expect(skippedRowReason(cells, CONTEXT)).toBe(reason);
  });

  // An English header, which normalises to lower case: the header comes again in capitals, or in
  // the full-width letters a Chinese input method types, and is still the header.
  const ENGLISH = ['Customer ID', 'Name', 'Company', 'Phone', 'Amount', 'Notes'];
  const ENGLISH_CONTEXT = rowContextOf('customers', ENGLISH, [0, 1, 2, 3]);
  it.each<[string, Cell[], string | null]>([
    ['the header pasted again', ['Customer ID', 'Name', 'Company', 'Phone', '', ''], 'repeated-header'],
    ['the header in capitals', ['CUSTOMER ID', 'NAME', 'COMPANY', 'PHONE', 'AMOUNT', ''], 'repeated-header'],
    [
      'the header in full-width letters',
      ['ＣＵＳＴＯＭＥＲ ＩＤ', 'Ｎａｍｅ', 'Ｃｏｍｐａｎｙ', '', '', ''],
      'repeated-header',
    ],
    ['a customer named in capitals', ['C001', 'NANCY', 'ACME', '+1 206 555 0100', 300, ''], null],
  ])('English header: %s → %s', (_name, cells, reason) => {
    expect(skippedRowReason(cells, ENGLISH_CONTEXT)).toBe(reason);
  });

  // Header: Customer ID, Name, Company, Email, Phone, Total spend (the email and phone columns
  // are contacts).
  const CONTACTS = rowContextOf(
    'customers',
    ['Customer ID', 'Name', 'Company', 'Email', 'Phone', 'Total spend'],
    [0, 1, 2, 3, 4],
    [3, 4],
  );
  it.each<[string, Cell[], string | null]>([
    ['a company called TOTAL, with an email', ['C2', 'Jean Dupont', 'TOTAL', 'jd@total.fr', '', 3000], null],
    ['a customer called Subtotal, with a phone', ['', 'Subtotal', '', '', '+33 1 23 45 67 89', 800], null],
    ['合计 with its count of phones', ['合计', '', '', '', '128', 125800], 'total'],
    ['Total with a figure', ['Total', '', '', '', '', 125800], 'total'],
    ['a note line that quotes a number', ['备注：请致电 13912345678', '', '', '', '', ''], 'note'],
  ])('with contact columns: %s → %s', (_name, cells, reason) => {
    expect(skippedRowReason(cells, CONTACTS)).toBe(reason);
  });

  it('knows a header in capitals whose letters lie outside ASCII', () => {
    const header = ['Échéance', 'État', 'Élève'];
    const context = rowContextOf('orders', header);
    expect(skippedRowReason(['ÉCHÉANCE', 'ÉTAT', 'ÉLÈVE'], context)).toBe('repeated-header');
    expect(skippedRowReason(['2026-01-31', 'payé', 'Zoé'], context)).toBeNull();
  });

  it('counts only the named columns of a header with blank ones', () => {
    // A ledger that names its first two columns only; pasted again, its other columns hold figures.
    const context = rowContextOf('orders', ['客户编号', '订单日期', '', '', '', '']);
    expect(skippedRowReason(['客户编号', '订单日期', '120', '80', '35', '备注'], context)).toBe(
      'repeated-header',
    );
    expect(skippedRowReason(['C001', '2026-01-31', '120', '80', '35', '备注'], context)).toBeNull();
  });

  it('asks nothing of a table without identifying columns (orders count rows by their own rules)', () => {
    expect(skippedRowReason(['', '', '', '', 800, ''], { ...CONTEXT, identityColumns: [] })).toBeNull();
  });

  it.each<[string, string, 'total' | null]>([
    ['a column total', 'SUM(E3:E9)', 'total'],
    ['a subtotal', 'SUBTOTAL(9,E3:E9)', 'total'],
    ['a total of another sheet', 'SUM(订单!D2:D90)', 'total'],
    ['a running balance (its start anchored)', 'SUM($E$3:E9)', null],
    ['a sum across the row', 'SUM(F5:H5)', null],
    ['a product', 'F5*G5', null],
  ])('%s (=%s) → %s', (_name, formula, reason) => {
    // A customer row (id and name filled) whose amount is the formula's result.
    const cells: Cell[] = ['C009', '钱进', '', '', 4200, ''];
    expect(skippedRowReason(cells, CONTEXT, [{ column: 4, formula, cached: true }])).toBe(reason);
  });

  // A ledger grouped under section lines, each alone in its row: in the first column (客户编号),
  // or in 姓名 where the ledger has no ids.
  const alone = (text: string, column = 0): Cell[] => HEADER.map((_, c) => (c === column ? text : ''));
  it.each<[string, string, number]>([
    ['a region', '华东区', 0],
    ['a larger region', '华南大区', 0],
    ['a region in traditional characters', '華東區', 0],
    ['a region without 区', '西北', 0],
    ['a region in the name column', '东北片区', 1],
    ['a year of new customers', '二〇二五年 新客户', 0],
    ['a year in figures', '2025年新客户', 1],
    ['a month', '2025年3月', 0],
    ['a quarter', '第一季度', 0],
    ['a group with a remark', 'VIP客户（以下为重点维护）', 0],
    ['a group in traditional characters', '重點客戶', 1],
    ['a line set off with dashes', '—— 以下为离职员工转交客户 ——', 0],
    ['a line in brackets', '【华东】', 0],
    ['a line between rules', '=== 老客户 ===', 1],
    ['a note on what follows', '以下为2024年转入的客户', 0],
    ['an English region', 'East Region', 1],
    ['an English region with a colon', 'Region: North', 0],
    ['an English group', 'Key accounts (handle with care)', 1],
    ['an English group of customers', 'VIP customers', 0],
    ['a month in English', 'OCTOBER 2026', 0],
    ['a month abbreviated', 'Nov 2026', 1],
    ['the customers’ standing', 'INACTIVE', 0],
    ['a register’s batches of a month', 'OCTOBER 2026 BATCHES', 0],
    ['a delivery route in the name column', 'ROUTE A - MANDAUE (Tue & Fri)', 1],
    ['a sales zone', 'Zone 3', 1],
    ['a month in Vietnamese', 'THÁNG 10/2026', 0],
    ['a month in Korean', '2026년 11월', 0],
    ['the customers’ standing in Chinese', '已停用客户', 0],
    ['a heading bar before a coach’s name', '▍阿豪 教練', 0],
    ['a heading bar in the name column', '▌Amy 教練', 1],
    // Groups and months in the other languages ledgers are kept in.
    ['German private customers', 'Privatkunden', 0],
    ['German trades and property managers', 'Gewerbe / Hausverwaltungen', 0],
    ['Spanish companies', 'EMPRESAS', 0],
    ['Spanish private customers in the name column', 'PARTICULARES', 1],
    ['Indonesian new customers, a month in brackets', 'Pelanggan baru (Nov)', 1],
    ['Thai foreign guests with the English', 'ลูกค้าต่างชาติ / Foreign guests', 1],
    ['a month in German', 'OKTOBER 2026', 0],
    ['a heading in capitals in a column naming nobody', 'POULTRY / GROUPS', 5],
    ['a Thai month with its English', 'ตุลาคม 2569 / October', 0],
    ['a month in Spanish', 'NOVIEMBRE 2026', 0],
    ['Dutch business customers, their terms in brackets', 'ZAKELIJK (factuur op rekening, 14 dagen)', 1],
    ['Dutch private customers', 'PARTICULIER', 1],
    ['a heading in capitals after a star', '* NHÀ HÀNG – KHÁCH SẠN', 0],
    ['a month written out in Chinese', '十一月', 0],
    ['a month in Vietnamese with the Chinese', 'THÁNG 10 / 十月', 0],
    ['Flemish firms, their terms after a dash', 'BEDRIJVEN & ORGANISATIES – factuur, betaling 30 dagen', 1],
    ['English kinds of client in the name column', 'SCHOOLS, CHURCHES & BUSINESSES', 1],
    ['English private clients in the name column', 'PRIVATE', 1],
    // A Novi Sad shop's regions: towns set apart by middle dots, a town and its villages in brackets.
    ['towns in capitals set apart by middle dots', 'TEMERIN · ŽABALJ · BEČEJ', 5],
    ['towns set apart by middle dots in the name column', 'Temerin · Žabalj · Bečej', 1],
    ['a town and its villages in brackets', 'NOVI SAD I OKOLINA (Kać, Budisava, Kovilj, Veternik, Futog)', 5],
    // A Quanzhou wholesaler's provinces and their cities.
    ['a province in brackets and its cities', '【福建】泉州 · 厦门 · 福州', 0],
    ['a province and its cities in the name column', '【广东】广州 · 深圳 · 汕头 · 潮州', 1],
  ])('a section line: %s (%s) → section', (_name, text, column) => {
    expect(skippedRowReason(alone(text, column), CONTEXT)).toBe('section');
  });

  it.each<[string, Cell[]]>([
    ['a customer with a name only', alone('张伟', 1)],
    ['a company with a name only', alone('上海远帆贸易有限公司', 2)],
    ['a customer service centre', alone('新客户服务中心', 2)],
    ['a firm whose name starts with a kind of customer', alone('Hotels & Resorts Asia Ltd', 2)],
    ['a customer with a remark after a dash', alone('Anna Peeters – nieuw', 1)],
    ['a company whose name starts with a group word', alone('新华书店', 2)],
    ['a diner named for a road', alone('Route 66 Diner', 1)],
    ['a company called after a region, with a phone', ['', '', '华东区', '13912345678', '', '']],
    ['a region beside a name', ['', '张伟', '华东区', '', '', '']],
    ['an id alone', alone('C2025')],
    ['a customer known by an English name', alone('Bay Trading', 1)],
    // Given names that are months: a month is a section line with its year only.
    ['a customer called May', alone('May', 1)],
    ['a customer called April', alone('April', 1)],
    ['a customer called June Lee', alone('June Lee', 1)],
    // A transliterated name keeps its dot unspaced; two names are no list of places.
    ['a name with its dot unspaced', alone('约翰·史密斯', 1)],
    ['two names set apart by a middle dot', alone('Ana · Marko', 1)],
  ])('not a section line: %s', (_name, cells) => {
    expect(skippedRowReason(cells, CONTEXT)).toBeNull();
  });

  it('takes a cell merged across the table for a section line, whatever it says', () => {
    // 上海 merged over A:F is a section; 上海 alone and unmerged in 姓名 is someone called 上海.
    expect(skippedRowReason(alone('上海'), CONTEXT, undefined, { column: 0, columns: 6 })).toBe('section');
    expect(skippedRowReason(alone('上海', 1), CONTEXT)).toBeNull();
    // The merge starts in another column than the row's one value: the value is not the merge's.
    expect(skippedRowReason(alone('张伟', 1), CONTEXT, undefined, { column: 3, columns: 3 })).toBeNull();
    // A wide merge in a row with more filled cells is part of a customer's row.
    const merged = { column: 5, columns: 3 };
    expect(skippedRowReason(['C001', '张伟', '', '', '', '华东区'], CONTEXT, undefined, merged)).toBeNull();
  });

  it('takes a section line an earlier run wrote managed cells into for a section line still', () => {
    // Classified before section lines were known: 华东区 got R…下次跟进 like a customer.
    const header = [...HEADER, 'R', 'F', 'M', '客户分群', '生命周期', '下次跟进'];
    const context = rowContextOf('customers', header, [0, 1, 2, 3]);
    const stale: Cell[] = ['华东区', '', '', '', '', '', '', '', '', '潜在客户', '潜在客户', '2025-12-01'];
    expect(skippedRowReason(stale, context)).toBe('section');
    // A customer's row with only a name and the managed cells is a customer.
    const named: Cell[] = ['', '张伟', '', '', '', '', 3, 1, 2, '新客户', '新客户', '2025-12-01'];
    expect(skippedRowReason(named, context)).toBeNull();
  });

  // The user moved 客户分群 and 下次跟进 to the left of their own columns: a customer with only a
  // name or a company is still a customer, though the first cell (潜在客户) reads as a group.
  const MOVED = ['客户分群', '下次跟进', '客户编号', '姓名', '公司', '手机'];
  const movedContext = rowContextOf('customers', MOVED, [2, 3, 4, 5], [5]);
  it.each<[string, Cell[], WideMerge | undefined, string | null]>([
    ['a customer with a name only', ['潜在客户', '2025-12-01', '', '张伟', '', ''], undefined, null],
    ['a company with a name only', ['重要价值客户', '', '', '', '远帆贸易', ''], undefined, null],
    ['a name only, beside a merge', ['潜在客户', '', '', '张伟', '', ''], { column: 0, columns: 6 }, null],
    [
      'a region the last run classified',
      ['潜在客户', '2025-12-01', '', '华东区', '', ''],
      undefined,
      'section',
    ],
    ['a merge across the table', ['', '', '上海', '', '', ''], { column: 2, columns: 4 }, 'section'],
  ])('managed columns before the user’s: %s', (_name, cells, wideMerge, reason) => {
    expect(skippedRowReason(cells, movedContext, undefined, wideMerge)).toBe(reason);
  });

  it('shows a row by its first filled cells', () => {
    expect(rowText(['', '制表人：王芳', null, '审核：李强', 'x', 'y'])).toBe('制表人：王芳 · 审核：李强 · x');
  });
});

describe('skippedReasonOfTexts with the columns known to hold no total’s label', () => {
  // An order row read the short way: its YYYY-MM-DD date and plain amount are not looked at for a
  // total's label. Whatever else the row says, the reason is the one a full look gives.
  const header = ['客户编号', '订单编号', '订单日期', '金额', '备注'];
  const context = rowContextOf('orders', header, [0]);
  const isoDate = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const plainNumber = fc.oneof(
    fc.integer({ min: -99999, max: 9999999 }).map(String),
    fc.double({ min: -9999, max: 999999, noNaN: true }).map((n) => n.toFixed(2)),
  );
  const text = fc.oneof(
    fc.constantFrom('合计', '小计', 'Total', 'Summa oktober', 'C001', 'SO2307010001', '', '上年结转'),
    fc.string({ maxLength: 12 }),
  );
  it('gives the reason a full look gives', () => {
    fc.assert(
      fc.property(text, text, isoDate, plainNumber, text, (id, order, date, amount, remark) => {
        const texts = [id, order, date, amount, remark];
        const filled = texts.filter((t) => t !== '').length;
        const first = texts.find((t) => t !== '') ?? '';
        expect(skippedReasonOfTexts(texts, filled, first, context, undefined, undefined, 0b01100)).toBe(
          skippedReasonOfTexts(texts, filled, first, context),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
