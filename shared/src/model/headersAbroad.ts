/**
 * Header words of the languages customer tables come in beyond Chinese, English, Japanese, Korean
 * and Vietnamese (whose words stand in fields.ts with the field they name): one table per
 * language, customers' and orders' columns apart, as small shops and trades head their own
 * sheets and as the local accounting software exports them. fields.ts adds each word after the
 * field's own synonyms, so the canonical Chinese and English headers stay first. A header is
 * compared as normalizeHeader reduces it (case, spaces, dots, dashes and bracketed units aside:
 * Kd.-Nr. is kdnr); accents are not folded, so a word people often write without its accent is
 * listed both ways.
 */
export interface HeaderWords {
  customers: Readonly<Record<string, readonly string[]>>;
  orders: Readonly<Record<string, readonly string[]>>;
}

/** German: a trade's Kundenliste and Rechnungsausgangsbuch (DATEV, lexoffice, sevDesk exports). */
const GERMAN: HeaderWords = {
  customers: {
    id: ['Kd.-Nr.', 'Kd-Nr', 'Kundennummer', 'Kunden-Nr.', 'Kundennr', 'Kunden-ID'],
    name: ['Kunde', 'Kundenname', 'Name / Firma', 'Name, Vorname'],
    company: ['Firma', 'Firmenname', 'Unternehmen'],
    mobile: ['Mobil', 'Handy', 'Mobilnummer', 'Mobiltelefon', 'Handynummer'],
    phone: ['Telefon', 'Tel.', 'Telefonnummer', 'Festnetz'],
    email: ['E-Mail-Adresse', 'Mail'],
    address: ['Straße', 'Strasse', 'Adresse', 'Anschrift'],
    city: ['Ort', 'Stadt', 'Wohnort'],
    birthday: ['Geburtstag', 'Geburtsdatum'],
    note: ['Bemerkung', 'Bemerkungen', 'Notiz', 'Notizen', 'Anmerkung'],
  },
  orders: {
    customerId: ['Kd.-Nr.', 'Kd-Nr', 'Kundennummer', 'Kunden-Nr.', 'Kundennr'],
    customerName: ['Kunde', 'Kundenname', 'Rechnungsempfänger', 'Auftraggeber'],
    date: ['Datum', 'Rechnungsdatum', 'Belegdatum', 'Re.-Datum', 'Auftragsdatum'],
    orderId: [
      'Re.-Nr.',
      'Rechnungsnummer',
      'Rechnungsnr',
      'Rechnungs-Nr.',
      'Beleg-Nr.',
      'Belegnummer',
      'Auftragsnr',
    ],
    amount: ['Betrag', 'Netto', 'Nettobetrag', 'Brutto', 'Bruttobetrag', 'Rechnungsbetrag', 'Summe'],
    product: ['Leistung', 'Leistung / Objekt', 'Artikel', 'Bezeichnung', 'Beschreibung'],
    quantity: ['Menge', 'Anzahl'],
    unitPrice: ['Einzelpreis', 'Preis'],
    status: ['Status', 'bezahlt / Status', 'Zahlungsstatus', 'Art', 'Belegart'],
    payment: ['Zahlungsart', 'Zahlweise'],
    remarks: ['Bemerkung', 'Bemerkungen', 'Notiz', 'Anmerkung'],
  },
};

/** Spanish: a Mexican or Spanish shop's cartera de clientes and control de pedidos y ventas. */
const SPANISH: HeaderWords = {
  customers: {
    id: [
      'Clave',
      'Clave cliente',
      'No. cliente',
      'Núm. cliente',
      'Número de cliente',
      'Código cliente',
      'ID cliente',
      'Cód.',
      'Cód. cliente',
      'Código',
    ],
    name: ['Nombre', 'Cliente', 'Nombre del cliente', 'Nombre completo', 'Contacto', 'Persona de contacto'],
    // A client's legal name (razón social), a company's or a person's, beside its Contacto.
    company: ['Razón social', 'Cliente / Razón social', 'Empresa', 'Negocio'],
    mobile: ['Celular', 'Móvil', 'Movil', 'WhatsApp'],
    phone: ['Teléfono', 'Telefono', 'Tel.'],
    email: ['Correo', 'Correo electrónico', 'Correo electronico', 'E-mail'],
    address: ['Dirección', 'Direccion', 'Domicilio'],
    city: ['Ciudad', 'Municipio', 'Población', 'Poblacion', 'Localidad'],
    birthday: ['Cumpleaños', 'Fecha de nacimiento'],
    note: ['Notas', 'Observaciones', 'Comentarios'],
  },
  orders: {
    customerId: ['Clave', 'Clave cliente', 'No. cliente', 'Código cliente', 'ID cliente'],
    customerName: ['Cliente', 'Nombre del cliente'],
    date: ['Fecha', 'Fecha de pedido', 'Fecha de venta'],
    orderId: ['Folio', 'No. pedido', 'Pedido', 'Factura', 'No. factura', 'N°', 'Nº', 'N° comprobante'],
    // Peru's Valor venta is the sale before IGV (the tax is SUNAT's), its Importe total the sum with it.
    amount: ['Valor venta', 'Valor de venta', 'Importe', 'Monto', 'Total', 'Importe total'],
    product: [
      'Trabajo',
      'Producto',
      'Material',
      'Descripción',
      'Descripcion',
      'Concepto',
      'Servicio',
      'Detalle',
    ],
    quantity: ['Cantidad', 'Cant.'],
    unitPrice: ['Precio', 'Precio unitario'],
    status: ['Estatus', 'Estado'],
    payment: ['Forma de pago', 'Método de pago', 'Metodo de pago'],
    remarks: ['Observaciones', 'Notas', 'Comentarios', 'Obs.'],
  },
};

/**
 * Portuguese: a Brazilian clinic's or shop's planilha de clientes and de vendas, and a Portuguese
 * shop's registo de vendas by its documents (FR, FT, NC, RG) and its clients' fichas.
 */
const PORTUGUESE: HeaderWords = {
  customers: {
    // A practice's patients by their file (prontuário, ficha).
    id: [
      'Código',
      'Codigo',
      'Cód. cliente',
      'Código do cliente',
      'Pront.',
      'Prontuário',
      'Prontuario',
      'Nº prontuário',
      'Ficha',
      'Nº ficha',
    ],
    name: ['Nome', 'Nome do cliente', 'Nome completo', 'Paciente'],
    mobile: ['Celular', 'WhatsApp'],
    phone: ['Telefone', 'Fone'],
    address: ['Endereço', 'Endereco'],
    city: ['Cidade'],
    birthday: ['Aniversário', 'Aniversario', 'Data de nascimento', 'Data nasc.', 'Dt. nasc.', 'Nascimento'],
    source: ['Como conheceu', 'Indicação', 'Indicacao', 'Origem'],
    note: ['Observações', 'Observacoes', 'Obs.'],
  },
  orders: {
    customerId: [
      'Código do cliente',
      'Cód. cliente',
      'Pront.',
      'Prontuário',
      'Prontuario',
      'Ficha',
      'Nº ficha',
      'N.º ficha',
    ],
    customerName: ['Nome do cliente', 'Paciente'],
    date: ['Data', 'Data da venda', 'Data do pedido'],
    amount: ['Valor', 'Valor total', 'Valor (R$)'],
    orderId: ['Documento', 'Nº documento', 'Fatura', 'Nº fatura', 'Nota fiscal', 'NF'],
    product: [
      'Produto',
      'Serviço',
      'Servico',
      'Procedimento',
      'Descrição',
      'Descricao',
      'Artigo',
      'Designação',
    ],
    quantity: ['Qtd', 'Quantidade'],
    status: ['Situação', 'Situacao'],
    payment: ['Forma de pagamento', 'Pagamento'],
    remarks: ['Observações', 'Observacoes', 'Obs.'],
  },
};

/** French: a fichier clients and a journal des ventes or of factures. */
const FRENCH: HeaderWords = {
  customers: {
    id: ['N° client', 'No client', 'Code client', 'Réf. client'],
    name: ['Nom', 'Nom du client', 'Nom complet'],
    company: ['Société', 'Societe', 'Raison sociale', 'Entreprise'],
    mobile: ['Portable'],
    phone: ['Téléphone', 'Telephone', 'Tél.', 'Tel'],
    email: ['Courriel', 'Adresse e-mail'],
    address: ['Adresse'],
    city: ['Ville'],
    birthday: ['Date de naissance', 'Anniversaire'],
    note: ['Remarques', 'Commentaire', 'Commentaires'],
  },
  orders: {
    customerId: ['N° client', 'Code client'],
    customerName: ['Nom du client'],
    orderId: ['N° facture', 'N° commande', 'Facture', 'Commande'],
    amount: ['Montant', 'Montant HT', 'Total HT', 'Montant TTC', 'Total TTC'],
    product: ['Désignation', 'Designation', 'Prestation', 'Produit'],
    quantity: ['Qté', 'Quantité', 'Quantite'],
    unitPrice: ['Prix unitaire', 'PU'],
    status: ['Statut', 'État', 'Etat'],
    payment: ['Mode de paiement', 'Règlement', 'Reglement'],
    remarks: ['Remarques', 'Commentaire'],
  },
};

/**
 * Indonesian and Malay: a home business's daftar pelanggan and rekap order, and a Malaysian
 * wholesaler's senarai pelanggan and jualan (Kod, Nama Kedai and its Pemilik, No. Invois, Amaun).
 */
const INDONESIAN: HeaderWords = {
  customers: {
    id: ['Kode', 'Kode Pelanggan', 'ID Pelanggan', 'No. Pelanggan', 'No. Member', 'Kod', 'Kod Pelanggan'],
    // The shop a wholesaler sells to, and its owner: the person to ask for.
    name: ['Nama', 'Nama Pelanggan', 'Nama Lengkap', 'Pelanggan', 'Pemilik', 'Nama Pemilik'],
    company: ['Nama Kedai', 'Nama Toko', 'Nama Syarikat', 'Syarikat', 'Nama Usaha', 'Perusahaan'],
    nickname: ['Panggilan', 'Nama Panggilan', 'Panggilan / PIC'],
    mobile: ['No. HP', 'HP', 'No. WA', 'WA', 'No. WhatsApp', 'No. Telefon Bimbit'],
    phone: ['Telepon', 'No. Telp', 'Telp', 'No. Telefon', 'No. Tel', 'Tel'],
    address: ['Alamat'],
    city: ['Kota', 'Kawasan', 'Bandar'],
    birthday: ['Tanggal Lahir', 'Tgl Lahir'],
    note: ['Catatan', 'Keterangan', 'Ket.'],
  },
  orders: {
    customerId: ['Kod', 'Kod Pelanggan', 'Kode Pelanggan', 'ID Pelanggan'],
    customerName: ['Pelanggan', 'Nama Pelanggan', 'Pemesan', 'Nama Pemesan'],
    date: ['Tanggal', 'Tgl', 'Tgl Order', 'Tanggal Order', 'Tgl Acara', 'Tarikh'],
    orderId: ['No. Order', 'No. Invoice', 'No. Nota', 'No. Invois', 'Invois'],
    amount: ['Total', 'Total Harga', 'Nominal', 'Jumlah Harga', 'Amaun', 'Jumlah (RM)'],
    product: ['Pesanan', 'Produk', 'Menu', 'Barang', 'Item', 'Butiran'],
    quantity: ['Jml', 'Qty', 'Porsi'],
    unitPrice: ['Harga', 'Harga Satuan'],
    payment: ['Pembayaran', 'Metode Bayar', 'Cara Bayar', 'Bayaran', 'Cara Bayaran'],
    remarks: ['Ket.', 'Keterangan', 'Catatan'],
  },
};

/** Italian: an anagrafica clienti and a registro vendite. */
const ITALIAN: HeaderWords = {
  customers: {
    id: ['Codice cliente', 'Cod. cliente'],
    // Referente: the person to ask for at a firm, beside its ragione sociale.
    name: ['Nominativo', 'Nome e cognome', 'Cognome e nome', 'Referente'],
    // A firm's legal name, or a private customer's own (surname first) on the same list.
    company: ['Ragione sociale', 'Ragione sociale / Nome', 'Azienda'],
    mobile: ['Cellulare', 'Cell.'],
    phone: ['Telefono'],
    address: ['Indirizzo'],
    city: ['Città', 'Citta', 'Comune'],
    note: ['Note'],
  },
  orders: {
    customerId: ['Codice cliente', 'Cod. cliente'],
    customerName: ['Cliente', 'Ragione sociale'],
    date: ['Data', 'Data documento', 'Data fattura'],
    orderId: ['N. fattura', 'Numero fattura', 'N. documento'],
    amount: ['Importo', 'Imponibile', 'Totale'],
    product: ['Descrizione', 'Articolo'],
    quantity: ['Quantità', 'Quantita', 'Q.tà'],
    status: ['Stato'],
    payment: ['Pagamento'],
    remarks: ['Note'],
  },
};

/** Thai: a shop's or a spa's รายชื่อลูกค้า and รายรับ, often with the English beside (ชื่อ / Name). */
const THAI: HeaderWords = {
  customers: {
    id: ['รหัสลูกค้า', 'รหัสสมาชิก'],
    name: ['ชื่อ-นามสกุล', 'ชื่อลูกค้า', 'ชื่อ', 'ลูกค้า'],
    nickname: ['ชื่อเล่น'],
    mobile: ['เบอร์โทร', 'มือถือ', 'โทร', 'เบอร์มือถือ'],
    address: ['ที่อยู่'],
    birthday: ['วันเกิด'],
    note: ['หมายเหตุ'],
  },
  orders: {
    customerId: ['รหัสลูกค้า', 'รหัสสมาชิก'],
    customerName: ['ลูกค้า', 'ชื่อลูกค้า'],
    date: ['วันที่'],
    amount: ['ราคา', 'ยอดเงิน', 'จำนวนเงิน', 'ยอดรวม'],
    product: ['บริการ', 'รายการ', 'สินค้า'],
    quantity: ['จำนวน'],
    status: ['สถานะ'],
    payment: ['ชำระโดย', 'ช่องทางชำระ'],
    remarks: ['หมายเหตุ'],
  },
};

/**
 * Polish: a shop's lista klientów and rejestr sprzedaży, and the exports of Subiekt GT, Comarch
 * Optima and wFirma (kontrahent, nabywca). Netto comes before Brutto: turnover is net of VAT.
 */
const POLISH: HeaderWords = {
  customers: {
    id: ['Kod klienta', 'Nr klienta', 'Symbol kontrahenta', 'Kod kontrahenta', 'ID klienta'],
    name: [
      'Nazwa',
      'Nazwa klienta',
      'Nazwa kontrahenta',
      'Kontrahent',
      'Klient',
      'Imię i nazwisko',
      'Nazwisko i imię',
      'Nazwa / Imię i nazwisko',
    ],
    company: ['Firma', 'Nazwa firmy'],
    mobile: ['Komórka', 'Tel. kom.', 'Telefon komórkowy'],
    phone: ['Telefon', 'Tel.', 'Nr telefonu'],
    email: ['Adres e-mail'],
    address: ['Adres', 'Ulica'],
    city: ['Miejscowość', 'Miejscowosc', 'Miasto'],
    birthday: ['Data urodzenia'],
    note: ['Uwagi', 'Notatki'],
  },
  orders: {
    customerId: ['Kod klienta', 'Symbol kontrahenta', 'Kod kontrahenta'],
    customerName: ['Nabywca', 'Kontrahent', 'Klient', 'Nazwa nabywcy', 'Odbiorca'],
    date: ['Data', 'Data wystawienia', 'Data sprzedaży', 'Data dokumentu'],
    orderId: ['Nr dokumentu', 'Numer dokumentu', 'Nr faktury', 'Numer faktury', 'Nr dok.'],
    amount: ['Netto', 'Wartość netto', 'Kwota netto', 'Brutto', 'Wartość brutto', 'Kwota', 'Wartość'],
    product: ['Towar / usługa', 'Towar', 'Usługa', 'Nazwa towaru', 'Pozycja'],
    quantity: ['Ilość', 'Ilosc'],
    unitPrice: ['Cena jedn.', 'Cena jednostkowa', 'Cena'],
    payment: ['Płatność', 'Forma płatności', 'Sposób płatności'],
    remarks: ['Uwagi'],
  },
};

/**
 * Turkish: a wholesaler's cari hesap listesi and satış kayıtları, and the exports of Logo, Mikro
 * and Paraşüt. Matrah (before KDV) comes before Toplam: turnover is net of tax.
 */
const TURKISH: HeaderWords = {
  customers: {
    id: ['Cari Kodu', 'Cari Kod', 'Müşteri Kodu', 'Müşteri No'],
    name: [
      'Cari Ünvanı',
      'Cari Ünvan',
      'Cari Adı',
      'Ünvan',
      'Unvan',
      'Müşteri',
      'Müşteri Adı',
      'Ad Soyad',
      'Adı Soyadı',
      'Yetkili',
      'Yetkili Kişi',
      'İlgili Kişi',
    ],
    // The firm's title (ünvan) beside its Yetkili, the person the shop deals with there.
    company: ['Müşteri / Ünvan', 'Ünvan', 'Unvan', 'Cari Ünvanı', 'Cari Ünvan', 'Firma', 'Firma Adı'],
    mobile: ['Cep Telefonu', 'Cep Tel.', 'GSM'],
    phone: ['Telefon', 'Tel.'],
    email: ['E-posta', 'Eposta'],
    address: ['Adres'],
    city: ['İl', 'Şehir', 'Sehir', 'İl / Ülke'],
    birthday: ['Doğum Tarihi'],
    note: ['Not', 'Notlar', 'Açıklama', 'Aciklama'],
  },
  orders: {
    customerId: ['Cari Kodu', 'Cari Kod', 'Müşteri Kodu'],
    customerName: ['Cari Ünvanı', 'Cari Adı', 'Müşteri', 'Müşteri Adı', 'Alıcı'],
    date: ['Tarih', 'Fatura Tarihi', 'Belge Tarihi', 'İşlem Tarihi'],
    orderId: ['Belge No', 'Fatura No', 'Evrak No', 'Sipariş No', 'Fiş No'],
    amount: ['Matrah', 'Tutar', 'Net Tutar', 'KDV Hariç Tutar', 'Toplam', 'Genel Toplam'],
    product: ['Açıklama', 'Aciklama', 'Ürün', 'Urun', 'Ürün / Hizmet', 'Mal / Hizmet'],
    quantity: ['Miktar', 'Adet'],
    unitPrice: ['Birim Fiyat', 'Fiyat'],
    status: ['Durum', 'Durumu'],
    payment: ['Ödeme', 'Ödeme Şekli', 'Ödeme Türü'],
    remarks: ['Not', 'Notlar'],
  },
};

/**
 * Dutch: a Dutch or Flemish shop's klantenbestand and verkoopboek, and the exports of Exact,
 * Moneybird and e-Boekhouden. Excl. BTW comes before Incl. BTW: turnover is net of VAT.
 */
const DUTCH: HeaderWords = {
  customers: {
    // Klantcode: the code a Flemish bookkeeping package (WinBooks, Octopus) gives a customer.
    id: ['Klantnummer', 'Klantnr', 'Klant-nr.', 'Klantcode', 'Debiteurnummer', 'Debiteurnr', 'Relatienummer'],
    name: ['Naam', 'Klantnaam', 'Naam klant', 'Klant', 'Relatie', 'Naam / bedrijf', 'Naam / firma'],
    company: ['Bedrijf', 'Bedrijfsnaam'],
    // Flanders calls a mobile a gsm, and a column of either kind of number Tel. / gsm.
    mobile: ['Mobiel', 'Mobiel nummer', 'Mobiele telefoon', 'GSM'],
    phone: ['Telefoon', 'Tel.', 'Telefoonnummer', 'Vaste lijn', 'Tel. / gsm', 'Telefoon / gsm'],
    email: ['E-mailadres'],
    address: ['Adres', 'Straat', 'Straat en huisnummer'],
    city: ['Woonplaats', 'Plaats', 'Stad', 'Gemeente'],
    birthday: ['Geboortedatum', 'Verjaardag'],
    note: ['Opmerkingen', 'Opmerking', 'Notities', 'Notitie'],
  },
  orders: {
    customerId: ['Klantnummer', 'Klantnr', 'Klantcode', 'Debiteurnummer', 'Debiteurnr', 'Relatienummer'],
    customerName: ['Klant', 'Klantnaam', 'Naam klant', 'Debiteur', 'Relatie', 'Afnemer'],
    date: ['Datum', 'Factuurdatum', 'Boekdatum', 'Verkoopdatum', 'Orderdatum'],
    orderId: [
      'Factuurnummer',
      'Factuurnr',
      'Bonnummer',
      'Bonnr',
      'Bon/factuurnr.',
      'Ordernummer',
      'Ordernr',
      'Boekstuknummer',
    ],
    amount: [
      'Excl. BTW',
      'Bedrag excl. BTW',
      'Netto',
      'Incl. BTW',
      'Bedrag incl. BTW',
      'Bedrag',
      'Totaalbedrag',
    ],
    product: ['Omschrijving', 'Artikel', 'Product', 'Product / dienst'],
    quantity: ['Aantal'],
    unitPrice: ['Prijs', 'Stukprijs', 'Prijs per stuk'],
    status: ['Status'],
    payment: ['Betaling', 'Betaalwijze', 'Betaalmethode'],
    remarks: ['Opmerking', 'Opmerkingen'],
  },
};

/**
 * Czech: a practice's or a shop's kartotéka klientů and kniha tržeb, and the exports of Pohoda and
 * Money S3 (odběratel, doklad). Bez DPH and Základ come before the sums with it: turnover is net
 * of VAT.
 */
const CZECH: HeaderWords = {
  customers: {
    id: ['Č. karty', 'Číslo karty', 'Č. klienta', 'Číslo klienta', 'Č. zákazníka', 'Kód zákazníka'],
    name: [
      'Příjmení a jméno',
      'Jméno a příjmení',
      'Jméno',
      'Klient',
      'Zákazník',
      'Odběratel',
      'Název',
      'Název / jméno',
    ],
    company: ['Firma', 'Název firmy'],
    mobile: ['Mobil', 'Mobilní telefon'],
    phone: ['Telefon', 'Tel.', 'Tel. číslo'],
    email: ['E-mailová adresa'],
    address: ['Adresa', 'Ulice'],
    city: ['Město', 'Obec'],
    birthday: ['Datum nar.', 'Datum narození'],
    note: ['Poznámka', 'Poznámky'],
  },
  orders: {
    customerId: ['Č. karty', 'Číslo karty', 'Č. klienta', 'Číslo klienta', 'Č. zákazníka', 'Kód zákazníka'],
    customerName: ['Klient', 'Zákazník', 'Odběratel', 'Jméno'],
    date: ['Datum', 'Datum vystavení', 'Datum prodeje', 'Datum dokladu'],
    orderId: ['Doklad', 'Č. dokladu', 'Číslo dokladu', 'Č. faktury', 'Číslo faktury'],
    amount: ['Bez DPH', 'Základ', 'Částka', 'Celkem', 'Cena celkem', 'Celkem s DPH'],
    product: ['Služba', 'Zboží', 'Položka', 'Popis', 'Zboží / služba'],
    quantity: ['Množství', 'Počet'],
    unitPrice: ['Cena za jednotku', 'Jedn. cena', 'Cena'],
    status: ['Stav'],
    payment: ['Platba', 'Způsob platby', 'Forma úhrady'],
    remarks: ['Poznámka', 'Poznámky'],
  },
};

/**
 * Swedish: a salon's or a shop's kundregister and kassabok, and the exports of Fortnox and Visma
 * (kundnummer, fakturanummer). Belopp is what the customer paid; a Dricks (tip) column is the
 * stylist's, not the shop's, and names no field.
 */
const SWEDISH: HeaderWords = {
  customers: {
    id: ['Kundnr', 'Kundnummer', 'Kund-nr', 'Kund-ID', 'Kundid'],
    name: ['Namn', 'Kundnamn', 'Kund', 'För- och efternamn', 'Namn / företag'],
    company: ['Företag', 'Företagsnamn'],
    mobile: ['Mobil', 'Mobilnummer', 'Mobiltelefon', 'Mobilnr'],
    phone: ['Telefon', 'Tel.', 'Telefonnummer', 'Telefonnr'],
    email: ['E-post', 'E-postadress', 'Epost'],
    address: ['Adress', 'Gatuadress', 'Postadress'],
    city: ['Ort', 'Postort', 'Stad'],
    birthday: ['Födelsedag', 'Födelsedatum', 'Födelsedag / ålder'],
    note: ['Anteckningar', 'Anteckning', 'Kommentar', 'Kommentarer', 'Övrigt'],
  },
  orders: {
    customerId: ['Kundnr', 'Kundnummer', 'Kund-nr', 'Kund-ID'],
    customerName: ['Kund', 'Kundnamn'],
    date: ['Datum', 'Fakturadatum', 'Köpdatum', 'Besöksdatum'],
    orderId: ['Fakturanr', 'Fakturanummer', 'Kvittonr', 'Kvittonummer', 'Ordernr', 'Ordernummer'],
    amount: ['Belopp', 'Summa', 'Totalt', 'Att betala', 'Belopp inkl. moms', 'Pris totalt'],
    product: ['Behandling', 'Behandling / vara', 'Vara', 'Artikel', 'Tjänst', 'Beskrivning', 'Benämning'],
    quantity: ['Antal'],
    unitPrice: ['Pris', 'À-pris', 'A-pris', 'Styckpris'],
    status: ['Status'],
    payment: ['Betalning', 'Betalsätt', 'Betalningssätt'],
    remarks: ['Anm.', 'Anmärkning', 'Kommentar', 'Anteckning'],
  },
};

/**
 * Norwegian and Danish, one table since their bookkeeping words are mostly the same: a trade's
 * kundeliste and its book of invoices (utgående fakturaer), as Tripletex, Fiken, Visma and
 * e-conomic and the Excel sheets beside them keep them. Eks. mva (Ekskl. moms) is turnover: the
 * VAT is the state's; Sum inkl. mva comes after it.
 */
const NORWEGIAN: HeaderWords = {
  customers: {
    id: ['Kundenr', 'Kundenummer', 'Kunde-nr', 'Kunde-ID'],
    name: ['Navn', 'Kundenavn', 'Kunde', 'Kontaktperson', 'Fornavn og etternavn', 'For- og efternavn'],
    // Navn beside a Kontaktperson is the firm's or the household's name, the contact the person's.
    company: ['Firma', 'Firmanavn', 'Bedrift', 'Virksomhed', 'Navn'],
    mobile: ['Mobil', 'Mobilnr', 'Mobilnummer', 'Mobiltelefon'],
    phone: ['Telefon', 'Tlf.', 'Telefonnr', 'Telefonnummer'],
    email: ['E-post', 'E-postadresse', 'E-mail', 'Epost'],
    address: ['Adresse', 'Gateadresse', 'Postadresse'],
    city: ['Sted', 'Poststed', 'By', 'Postnr. og sted'],
    birthday: ['Fødselsdato', 'Bursdag', 'Fødselsdag'],
    note: ['Merknad', 'Merknader', 'Notat', 'Bemærkning', 'Bemærkninger', 'Kommentar'],
  },
  orders: {
    customerId: ['Kundenr', 'Kundenummer', 'Kunde-nr'],
    customerName: ['Kunde', 'Kundenavn'],
    date: ['Dato', 'Fakturadato', 'Bilagsdato'],
    orderId: ['Fakturanr', 'Fakturanummer', 'Bilagsnr', 'Ordrenr', 'Ordrenummer'],
    amount: [
      'Eks. mva',
      'Beløp eks. mva',
      'Ekskl. moms',
      'Beløp ekskl. moms',
      'Netto',
      'Beløp',
      'Sum inkl. mva',
      'Total',
    ],
    product: ['Beskrivelse', 'Tekst', 'Vare', 'Varer', 'Tjeneste', 'Arbeid'],
    quantity: ['Antall', 'Antal'],
    unitPrice: ['Pris', 'Enhetspris', 'Stykpris'],
    status: ['Status'],
    payment: ['Betaling', 'Betalingsmåte', 'Betalt'],
    remarks: ['Merknad', 'Merknader', 'Bemærkning', 'Kommentar'],
  },
};

/**
 * Greek: a shop's or a workshop's πελάτες and its book of tickets, invoices and receipts (δελτία,
 * τιμολόγια, αποδείξεις). As the Spanish list, a column of businesses and people alike (Επωνυμία /
 * Ονοματεπώνυμο) is the company and the person to ask for there (Υπεύθυνος) the name.
 */
const GREEK: HeaderWords = {
  customers: {
    id: ['Κωδικός', 'Κωδικός πελάτη', 'Κωδ. πελάτη'],
    name: ['Ονοματεπώνυμο', 'Όνομα', 'Υπεύθυνος', 'Υπεύθυνος επικοινωνίας', 'Πελάτης'],
    company: ['Επωνυμία', 'Επωνυμία / Ονοματεπώνυμο', 'Εταιρεία', 'Επιχείρηση'],
    mobile: ['Κινητό', 'Κινητό τηλέφωνο'],
    phone: ['Τηλέφωνο', 'Τηλ.', 'Σταθερό'],
    email: ['Ηλ. ταχυδρομείο', 'Διεύθυνση email'],
    address: ['Διεύθυνση', 'Οδός'],
    city: ['Πόλη', 'Περιοχή'],
    birthday: ['Ημ. γέννησης', 'Ημερομηνία γέννησης', 'Γενέθλια'],
    note: ['Παρατηρήσεις', 'Σημειώσεις'],
  },
  orders: {
    customerId: ['Κωδικός πελάτη', 'Κωδ. πελάτη'],
    customerName: ['Πελάτης', 'Επωνυμία', 'Ονοματεπώνυμο'],
    date: ['Ημ/νία', 'Ημ/νια', 'Ημερομηνία', 'Ημ/νία παραλαβής'],
    orderId: ['Αρ. δελτίου', 'Αρ. παραστατικού', 'Αρ. τιμολογίου', 'Αρ. απόδειξης', 'Παραστατικό'],
    amount: ['Ποσό', 'Αξία', 'Καθαρή αξία', 'Σύνολο', 'Ποσό (€)'],
    product: ['Είδη / Εργασία', 'Είδος', 'Είδη', 'Εργασία', 'Περιγραφή'],
    quantity: ['Ποσότητα', 'Τεμάχια'],
    unitPrice: ['Τιμή', 'Τιμή μονάδας'],
    status: ['Κατάσταση'],
    payment: ['Πληρωμή', 'Τρόπος πληρωμής'],
    remarks: ['Σημειώσεις', 'Παρατηρήσεις'],
  },
};

/**
 * Hungarian: an office's or a shop's ügyféllista and its book of invoices, receipts and proformas
 * (számla, nyugta, díjbekérő), as Számlázz.hu and Billingo export them. As the Greek list, a
 * column of firms and people alike (Név / Cégnév) is the company and the person to ask for there
 * (Kapcsolattartó) the name. Nettó is turnover: the ÁFA is the state's.
 */
const HUNGARIAN: HeaderWords = {
  customers: {
    id: ['Ügyfélkód', 'Ügyfélszám', 'Ügyfél azonosító', 'Vevőkód', 'Partnerkód', 'Azonosító'],
    name: ['Név', 'Ügyfél', 'Ügyfélnév', 'Ügyfél neve', 'Kapcsolattartó', 'Vevő', 'Vevő neve'],
    // Vevő neve beside a Kapcsolattartó is the buying firm's name, the contact the person's.
    company: ['Név / Cégnév', 'Cégnév', 'Cég', 'Cég neve', 'Partner', 'Partner neve', 'Vevő neve', 'Vevő'],
    mobile: ['Mobil', 'Mobilszám', 'Mobiltelefon'],
    phone: ['Telefon', 'Tel.', 'Telefonszám'],
    email: ['E-mail cím', 'Email cím', 'E-mail-cím'],
    address: ['Cím', 'Lakcím', 'Számlázási cím'],
    city: ['Város', 'Település', 'Helység'],
    birthday: ['Születésnap', 'Születési dátum', 'Születési idő'],
    source: ['Forrás', 'Honnan ismer'],
    note: ['Megjegyzés', 'Megjegyzések', 'Megj.'],
  },
  orders: {
    customerId: ['Ügyfélkód', 'Ügyfélszám', 'Vevőkód', 'Partnerkód'],
    customerName: ['Ügyfél', 'Vevő', 'Ügyfél neve', 'Vevő neve', 'Partner'],
    date: ['Kelt', 'Kelte', 'Dátum', 'Számla kelte', 'Kiállítás dátuma', 'Teljesítés', 'Teljesítés dátuma'],
    orderId: ['Bizonylat', 'Bizonylatszám', 'Számlaszám', 'Sorszám', 'Számla sorszáma'],
    amount: ['Nettó', 'Nettó összeg', 'Nettó érték', 'Összeg', 'Bruttó', 'Bruttó összeg', 'Végösszeg'],
    product: ['Munka', 'Tétel', 'Megnevezés', 'Termék', 'Szolgáltatás', 'Leírás', 'Termék / szolgáltatás'],
    quantity: ['Mennyiség', 'Db'],
    unitPrice: ['Egységár', 'Nettó egységár'],
    status: ['Típus', 'Bizonylat típusa', 'Állapot', 'Státusz'],
    payment: ['Fizetés', 'Fizetési mód', 'Fizetve'],
    remarks: ['Megjegyzés', 'Megj.'],
  },
};

/**
 * Finnish: a trade's asiakasrekisteri and its book of sales invoices (myyntilaskut), as Netvisor
 * and Procountor export them. Veroton is turnover: the ALV is the state's.
 */
const FINNISH: HeaderWords = {
  customers: {
    id: ['Asiakasnro', 'Asiakasnumero', 'Asiakas-ID', 'Asiakastunnus'],
    name: ['Nimi', 'Asiakas', 'Asiakkaan nimi', 'Yhteyshenkilö'],
    company: ['Yritys', 'Yrityksen nimi', 'Toiminimi'],
    mobile: ['Matkapuhelin', 'Kännykkä', 'GSM'],
    phone: ['Puhelin', 'Puh.', 'Puhelinnumero'],
    email: ['Sähköposti', 'Sähköpostiosoite'],
    address: ['Osoite', 'Katuosoite', 'Lähiosoite'],
    city: ['Kaupunki', 'Postitoimipaikka', 'Paikkakunta'],
    birthday: ['Syntymäpäivä', 'Syntymäaika'],
    note: ['Lisätiedot', 'Huomautukset', 'Huom.', 'Muistiinpanot'],
  },
  orders: {
    customerId: ['Asiakasnro', 'Asiakasnumero', 'Asiakastunnus'],
    customerName: ['Asiakas', 'Asiakkaan nimi'],
    date: ['Pvm', 'Päivämäärä', 'Laskun pvm', 'Laskupäivä'],
    orderId: ['Laskunro', 'Laskun numero', 'Tilausnro'],
    amount: ['Veroton', 'Veroton summa', 'Summa', 'Yhteensä', 'Verollinen'],
    product: ['Työ / tuote', 'Tuote', 'Työ', 'Kuvaus', 'Selite'],
    quantity: ['Määrä', 'Kpl'],
    unitPrice: ['A-hinta', 'Yksikköhinta'],
    status: ['Tila'],
    payment: ['Maksutapa'],
    remarks: ['Huom.', 'Huomautus', 'Lisätiedot'],
  },
};

/**
 * Russian: a shop's or a supplier's client list and its sales and shipments (Продажи, отгрузки),
 * as Kazakh, Kyrgyz and Russian firms keep them and as 1С exports them. Наименование is a firm or
 * a person, the name; Сумма the amount.
 */
const RUSSIAN: HeaderWords = {
  customers: {
    id: ['Код клиента', 'Код', 'Код контрагента', '№ клиента'],
    name: ['Наименование', 'Клиент', 'ФИО', 'Имя', 'Покупатель', 'Контрагент', 'Контактное лицо'],
    company: ['Организация', 'Компания', 'Название компании'],
    mobile: ['Мобильный', 'Моб. телефон', 'Сотовый'],
    phone: ['Телефон', 'Тел.', 'Телефоны'],
    email: ['Эл. почта', 'Электронная почта', 'Почта'],
    address: ['Адрес', 'Адрес доставки', 'Юр. адрес'],
    city: ['Город', 'Населённый пункт'],
    birthday: ['Дата рождения', 'День рождения'],
    note: ['Примечание', 'Примечания', 'Комментарий'],
  },
  orders: {
    customerId: ['Код клиента', 'Код контрагента'],
    customerName: ['Клиент', 'Покупатель', 'Контрагент'],
    date: ['Дата', 'Дата документа', 'Дата продажи', 'Дата отгрузки'],
    orderId: ['№ документа', 'Номер документа', '№ накладной', 'Документ'],
    amount: ['Сумма', 'Сумма без НДС', 'Итого', 'Сумма, тг', 'Сумма, руб.'],
    product: ['Товар / услуга', 'Товар', 'Услуга', 'Наименование товара', 'Номенклатура'],
    quantity: ['Кол-во', 'Количество'],
    unitPrice: ['Цена'],
    status: ['Статус'],
    payment: ['Оплата', 'Способ оплаты', 'Форма оплаты'],
    remarks: ['Примечание', 'Комментарий'],
  },
};

/**
 * Bulgarian: a depot's or a workshop's клиенти and its book of invoices, receipts, credit notes,
 * offers and payments (продажби), as Microinvest and the Excel sheets beside it keep them. As the
 * Romanian list, Клиент is the firm or the person and Лице за контакт the name to ask for there;
 * Данъчна основа is turnover, the ДДС the state's. Вид says which document was written (фактура,
 * касова бележка, оферта, плащане), a weak status beside Плащане / статус.
 */
const BULGARIAN: HeaderWords = {
  customers: {
    id: ['Код', 'Код на клиента', 'Клиентски номер', '№ на клиента'],
    name: ['Име и фамилия', 'Име', 'Лице за контакт', 'Клиент'],
    // Клиент beside a Лице за контакт is the firm's name, the contact the person's.
    company: ['Фирма', 'Наименование на фирмата', 'Клиент'],
    mobile: ['Мобилен', 'Мобилен телефон', 'GSM'],
    phone: ['Телефон', 'Тел.', 'Телефони'],
    email: ['Имейл', 'Ел. поща', 'Електронна поща'],
    address: ['Адрес', 'Адрес / обект', 'Адрес на обекта'],
    city: ['Град', 'Населено място'],
    birthday: ['Рожден ден', 'Дата на раждане'],
    note: ['Забележка', 'Забележки', 'Бележка'],
  },
  orders: {
    customerId: ['Код', 'Код на клиента'],
    customerName: ['Клиент', 'Фирма'],
    date: ['Дата', 'Дата на документа', 'Дата на фактурата'],
    orderId: ['Документ №', '№ на документа', 'Фактура №', 'Номер на фактурата'],
    amount: ['Данъчна основа', 'Сума без ДДС', 'Стойност', 'Сума', 'Общо'],
    product: ['Стока / описание', 'Стока', 'Описание', 'Артикул'],
    quantity: ['Количество', 'Кол.', 'К-во'],
    unitPrice: ['Ед. цена', 'Единична цена', 'Цена'],
    status: ['Плащане / статус', 'Статус', 'Вид'],
    payment: ['Начин на плащане', 'Плащане'],
    remarks: ['Забележка', 'Забележки'],
  },
};

/**
 * Lithuanian: a wholesaler's or a trade's pirkėjų sąrašas and its book of sąskaitos faktūros,
 * kreditinės sąskaitos, komerciniai pasiūlymai and apmokėjimai (pardavimai), as the Excel sheets
 * beside Rivilė and B1 keep them. As the Bulgarian list, Pirkėjas is the firm or the person and
 * Kontaktinis asmuo the name to ask for there; be PVM is turnover, the PVM the state's. Dokumento
 * rūšis says which document was written (PVM sąskaita faktūra, komercinis pasiūlymas,
 * apmokėjimas), a weak status beside Būsena. People often type the words without their accents.
 */
const LITHUANIAN: HeaderWords = {
  customers: {
    id: ['Kodas', 'Pirkėjo kodas', 'Pirkejo kodas', 'Kliento kodas', 'Kliento Nr.'],
    name: ['Vardas, pavardė', 'Vardas pavardė', 'Kontaktinis asmuo', 'Pirkėjas', 'Pirkejas', 'Klientas'],
    // Pirkėjas beside a Kontaktinis asmuo is the buying firm's name, the contact the person's.
    company: ['Įmonė', 'Imone', 'Įmonės pavadinimas', 'Pavadinimas', 'Pirkėjas', 'Pirkejas', 'Klientas'],
    mobile: ['Mobilusis', 'Mobilus', 'Mob. tel.', 'Mobilusis telefonas'],
    phone: ['Telefonas', 'Tel.', 'Tel. nr.', 'Telefono nr.'],
    email: ['El. paštas', 'El. pastas', 'El. p.'],
    address: ['Adresas', 'Pristatymo adresas'],
    city: ['Miestas', 'Gyvenvietė'],
    birthday: ['Gimimo data', 'Gimtadienis'],
    note: ['Pastabos', 'Pastaba'],
  },
  orders: {
    customerId: ['Kodas', 'Pirkėjo kodas', 'Pirkejo kodas', 'Kliento kodas'],
    customerName: ['Pirkėjas', 'Pirkejas', 'Klientas'],
    date: ['Data', 'Dokumento data', 'Sąskaitos data', 'Išrašymo data'],
    orderId: ['Dokumento Nr.', 'Sąskaitos Nr.', 'SF Nr.', 'Dok. Nr.', 'Serija ir Nr.'],
    amount: ['be PVM', 'Suma be PVM', 'Suma', 'su PVM', 'Suma su PVM'],
    product: ['Prekės / aprašymas', 'Prekės', 'Prekė', 'Aprašymas', 'Prekė / paslauga', 'Paslauga'],
    quantity: ['Kiekis'],
    unitPrice: ['Kaina', 'Vnt. kaina', 'Kaina be PVM'],
    status: ['Būsena', 'Busena', 'Statusas', 'Dokumento rūšis', 'Dokumento rusis'],
    payment: ['Apmokėjimas', 'Apmokejimas', 'Mokėjimo būdas'],
    remarks: ['Pastabos', 'Pastaba'],
  },
};

/**
 * Latvian: a wholesaler's or a trade's pircēju saraksts and its book of rēķini-pavadzīmes,
 * kredītrēķini, cenu piedāvājumi and apmaksas, as the Excel sheets beside Horizon and Jumis keep
 * them. As the Lithuanian list, Pircējs is the firm or the person and Kontaktpersona the name to
 * ask for there; bez PVN is turnover, the PVN the state's. Dokumenta veids says which document was
 * written (rēķins-pavadzīme, cenu piedāvājums, apmaksa), a weak status beside Statuss. People often
 * type the words without their long vowels.
 */
const LATVIAN: HeaderWords = {
  customers: {
    id: ['Kods', 'Pircēja kods', 'Pirceja kods', 'Klienta kods', 'Klienta Nr.'],
    name: ['Vārds, uzvārds', 'Vārds uzvārds', 'Kontaktpersona', 'Pircējs', 'Pircejs', 'Klients'],
    // Pircējs beside a Kontaktpersona is the buying firm's name, the contact the person's.
    company: ['Uzņēmums', 'Uznemums', 'Nosaukums', 'Firma', 'Pircējs', 'Pircejs', 'Klients'],
    mobile: ['Mobilais', 'Mob. tālr.', 'Mobilais tālrunis'],
    phone: ['Tālrunis', 'Talrunis', 'Tālr.', 'Telefons', 'Tālruņi'],
    email: ['E-pasts', 'Epasts', 'E-pasta adrese'],
    address: ['Adrese', 'Piegādes adrese', 'Juridiskā adrese'],
    city: ['Pilsēta', 'Pilseta', 'Apdzīvotā vieta'],
    birthday: ['Dzimšanas diena', 'Dzimšanas datums'],
    note: ['Piezīmes', 'Piezimes', 'Piezīme'],
  },
  orders: {
    customerId: ['Kods', 'Pircēja kods', 'Pirceja kods', 'Klienta kods'],
    customerName: ['Pircējs', 'Pircejs', 'Klients', 'Nosaukums'],
    date: ['Datums', 'Dokumenta datums', 'Rēķina datums', 'Izrakstīšanas datums'],
    orderId: ['Dokumenta Nr.', 'Rēķina Nr.', 'Dok. Nr.', 'Pavadzīmes Nr.'],
    amount: ['bez PVN', 'Summa bez PVN', 'Summa', 'ar PVN', 'Summa ar PVN'],
    product: ['Preces / apraksts', 'Preces', 'Prece', 'Apraksts', 'Prece / pakalpojums', 'Pakalpojums'],
    quantity: ['Daudzums'],
    unitPrice: ['Cena', 'Cena bez PVN', 'Vienības cena'],
    status: ['Statuss', 'Dokumenta veids'],
    payment: ['Apmaksa', 'Apmaksas veids', 'Norēķinu veids'],
    remarks: ['Piezīmes', 'Piezimes', 'Piezīme'],
  },
};

/**
 * Ukrainian: a distributor's or a shop's список клієнтів and its book of видаткові накладні,
 * повернення, комерційні пропозиції and оплати, as the Excel sheets beside BAS and M.E.Doc keep
 * them. Назва is the firm (ТОВ) or the sole trader (ФОП), Контактна особа the name to ask for
 * there; сума без ПДВ is turnover, the ПДВ the state's. Вид документа says which document was
 * written (видаткова накладна, комерційна пропозиція, оплата), a weak status beside Оплата / статус.
 */
const UKRAINIAN: HeaderWords = {
  customers: {
    id: ['Код', 'Код клієнта', '№ клієнта'],
    name: ['ПІБ', "Ім'я", 'Контактна особа', 'Клієнт', 'Покупець', 'Назва'],
    // Назва beside a Контактна особа is the firm's name, the contact the person's.
    company: ['Назва', 'Назва клієнта', 'Організація', 'Компанія', 'Клієнт'],
    mobile: ['Мобільний', 'Моб. телефон', 'Мобільний телефон'],
    phone: ['Телефон', 'Тел.', 'Телефони'],
    email: ['Ел. пошта', 'Електронна пошта', 'E-mail'],
    address: ['Адреса', 'Адреса доставки', 'Юридична адреса'],
    city: ['Місто', 'Населений пункт'],
    birthday: ['Дата народження', 'День народження'],
    note: ['Примітка', 'Примітки', 'Коментар'],
  },
  orders: {
    customerId: ['Код', 'Код клієнта'],
    customerName: ['Клієнт', 'Покупець', 'Контрагент', 'Назва'],
    date: ['Дата', 'Дата документа', 'Дата продажу', 'Дата відвантаження'],
    orderId: ['№ документа', 'Номер документа', '№ накладної', 'Документ'],
    amount: ['Сума без ПДВ', 'Сума', 'Сума з ПДВ', 'Разом'],
    product: ['Товар / послуга', 'Товар', 'Послуга', 'Найменування', 'Найменування товару'],
    quantity: ['Кількість', 'К-сть'],
    unitPrice: ['Ціна', 'Ціна без ПДВ'],
    status: ['Оплата / статус', 'Статус', 'Вид документа'],
    payment: ['Оплата', 'Спосіб оплати', 'Форма оплати'],
    remarks: ['Примітка', 'Коментар'],
  },
};

/**
 * Slovenian: a trade's seznam strank and its book of issued invoices (izdani računi), as Minimax
 * and the Excel sheets beside it keep them. As the Hungarian list, a column of firms and people
 * alike (Naziv / Ime in priimek) is the company and the person to ask for there (Kontaktna oseba)
 * the name. Osnova is turnover: the DDV is the state's.
 */
const SLOVENIAN: HeaderWords = {
  customers: {
    id: ['Šifra', 'Šifra stranke', 'ID stranke', 'Št. stranke'],
    name: ['Ime in priimek', 'Stranka', 'Kontaktna oseba', 'Ime', 'Kupec'],
    company: ['Naziv / Ime in priimek', 'Naziv', 'Podjetje', 'Naziv podjetja', 'Naziv stranke'],
    mobile: ['Mobilni telefon', 'Mobitel', 'GSM'],
    phone: ['Telefon', 'Tel.', 'Telefonska številka'],
    email: ['E-pošta', 'E-naslov', 'Elektronska pošta'],
    address: ['Naslov', 'Ulica'],
    city: ['Kraj', 'Mesto', 'Pošta'],
    birthday: ['Datum rojstva', 'Rojstni dan'],
    note: ['Opombe', 'Opomba'],
  },
  orders: {
    customerId: ['Šifra', 'Šifra stranke'],
    customerName: ['Stranka', 'Kupec', 'Naziv stranke'],
    date: ['Datum', 'Datum računa', 'Datum izdaje', 'Datum opravljene storitve'],
    orderId: ['Št. računa', 'Številka računa', 'Račun', 'Št. dokumenta', 'Dokument'],
    amount: ['Osnova', 'Znesek brez DDV', 'Neto', 'Znesek', 'Skupaj', 'Za plačilo'],
    product: ['Opis', 'Storitev', 'Artikel', 'Storitev / artikel', 'Postavka'],
    quantity: ['Količina', 'Kol.'],
    unitPrice: ['Cena', 'Cena na enoto'],
    status: ['Status', 'Stanje'],
    payment: ['Plačano', 'Plačilo', 'Način plačila'],
    remarks: ['Opomba', 'Opombe'],
  },
};

/**
 * Filipino, as a Metro Manila or Cebu distributor writes its suki list and deliveries in Taglish:
 * the store (Tindahan) beside its owner (May-ari), whom the family calls by a name of its own
 * (Tawag namin: Aling Nena, Mang Jun), and Halaga the amount of a delivery receipt (DR #).
 */
const FILIPINO: HeaderWords = {
  customers: {
    name: ['May-ari', 'Pangalan', 'Suki', 'Pangalan ng suki'],
    company: ['Tindahan / Store', 'Tindahan', 'Pangalan ng tindahan', 'Negosyo'],
    nickname: ['Tawag namin', 'Palayaw', 'Tawag'],
    mobile: ['Cellphone', 'Cellphone #', 'Cell #', 'CP #', 'CP No.'],
    address: ['Tirahan', 'Lugar'],
    birthday: ['Kaarawan'],
    note: ['Paalala', 'Tala'],
  },
  orders: {
    customerName: ['Suki', 'Pangalan'],
    date: ['Petsa'],
    orderId: ['DR #', 'DR No.', 'Resibo #'],
    amount: ['Halaga', 'Kabuuan'],
    product: ['Paninda'],
    quantity: ['Dami'],
    unitPrice: ['Presyo'],
    status: ['Bayad / Status', 'Bayad'],
  },
};

/**
 * Croatian: a firm's popis kupaca and its book of issued invoices, offers and payments (knjiga
 * izlaznih računa), as Croatian bookkeeping programs and their Excel copies keep them. As the
 * Slovenian list, Naziv / Ime i prezime is the company and Kontakt osoba the name; Osnovica is
 * turnover, the PDV the state's. Vrsta says which document was written (račun, ponuda, uplata,
 * odobrenje), a weak status beside a column saying what became of each (Plaćanje / status). A
 * Serbian book in Latin letters is read by the same words (Roba / opis, Vrsta dokumenta).
 */
const CROATIAN: HeaderWords = {
  customers: {
    id: ['Šifra kupca', 'Šifra partnera'],
    name: ['Ime i prezime', 'Kontakt osoba', 'Kupac'],
    company: ['Naziv / Ime i prezime', 'Naziv kupca', 'Tvrtka'],
    mobile: ['Mobitel', 'Mob.'],
    phone: ['Tel.'],
    email: ['E-pošta', 'E-mail adresa'],
    address: ['Adresa'],
    city: ['Mjesto', 'Grad'],
    birthday: ['Datum rođenja', 'Rođendan'],
    note: ['Napomena', 'Napomene'],
  },
  orders: {
    customerId: ['Šifra kupca'],
    customerName: ['Kupac', 'Naziv kupca', 'Naziv'],
    date: ['Datum računa', 'Datum izdavanja'],
    orderId: ['Broj', 'Broj računa', 'Br. računa', 'Broj dokumenta', 'Broj fakture'],
    amount: ['Osnovica', 'Iznos bez PDV-a', 'Iznos'],
    product: ['Opis usluge', 'Usluga', 'Roba / opis', 'Roba'],
    quantity: ['Količina'],
    unitPrice: ['Jedinična cijena'],
    status: ['Plaćanje / status', 'Status', 'Vrsta', 'Vrsta dokumenta'],
    payment: ['Način plaćanja', 'Plaćanje'],
    remarks: ['Napomena', 'Napomene'],
  },
};

/**
 * Romanian: a firm's listă clienți and its register of invoices, receipts, offers and payments
 * (registru facturi), as SmartBill, Saga and the Excel sheets beside them keep them. As the
 * Slovenian list, Denumire / Nume is the firm or the person and Persoană de contact the name;
 * Valoare fără TVA is turnover, the TVA the state's. Tip says which document was written
 * (factură, bon fiscal, ofertă, încasare), a weak status beside Plată / Stare.
 */
const ROMANIAN: HeaderWords = {
  customers: {
    id: ['Cod client', 'Cod', 'Nr. client', 'ID client'],
    name: ['Nume', 'Nume și prenume', 'Persoană de contact', 'Persoana de contact', 'Client'],
    company: ['Denumire / Nume', 'Denumire', 'Firmă', 'Firma', 'Denumire client'],
    mobile: ['Mobil', 'Nr. mobil'],
    phone: ['Telefon', 'Tel.', 'Nr. telefon'],
    email: ['E-mail', 'Email', 'Adresă e-mail'],
    address: ['Adresă', 'Adresa', 'Sediu'],
    city: ['Localitate', 'Oraș', 'Oras', 'Județ'],
    birthday: ['Data nașterii', 'Zi de naștere'],
    note: ['Observații', 'Observatii', 'Obs.', 'Mențiuni'],
  },
  orders: {
    customerId: ['Cod client'],
    customerName: ['Client', 'Denumire client', 'Beneficiar'],
    date: ['Data', 'Data documentului', 'Data facturii'],
    orderId: ['Nr. document', 'Nr. factură', 'Nr. factura', 'Număr factură', 'Serie și număr'],
    amount: ['Valoare fără TVA', 'Valoare fara TVA', 'Bază impozabilă', 'Valoare', 'Total cu TVA', 'Total'],
    product: ['Descriere', 'Denumire produs / serviciu', 'Produs', 'Serviciu', 'Lucrare'],
    quantity: ['Cantitate', 'Cant.'],
    unitPrice: ['Preț unitar', 'Pret unitar'],
    status: ['Plată / Stare', 'Stare', 'Status', 'Tip'],
    payment: ['Plată', 'Modalitate de plată', 'Mod plată'],
    remarks: ['Obs.', 'Observații', 'Observatii'],
  },
};

/**
 * Slovak: a trade's zoznam zákazníkov and its kniha vydaných dokladov (faktúry, zálohové faktúry,
 * cenové ponuky, dobropisy, úhrady), as the Excel sheets beside Pohoda and Omega keep them. Základ
 * dane is turnover, the DPH the state's. Druh says which document was written (faktúra, cenová
 * ponuka, úhrada), a weak status beside Úhrada / stav.
 */
const SLOVAK: HeaderWords = {
  customers: {
    id: ['Č. zák.', 'Č. zákazníka', 'Číslo zákazníka', 'Kód zákazníka', 'Č. odberateľa'],
    name: [
      'Meno / Obchodné meno',
      'Meno a priezvisko',
      'Priezvisko a meno',
      'Meno',
      'Zákazník',
      'Odberateľ',
      'Obchodné meno',
    ],
    company: ['Firma', 'Názov firmy', 'Názov'],
    mobile: ['Mobil', 'Mobilný telefón'],
    phone: ['Telefón', 'Tel.', 'Tel. číslo', 'Telefónne číslo'],
    email: ['E-mailová adresa'],
    address: ['Adresa', 'Ulica', 'Adresa (miesto montáže)'],
    city: ['Mesto', 'Obec'],
    birthday: ['Dátum narodenia'],
    note: ['Poznámka', 'Poznámky', 'Pozn.'],
  },
  orders: {
    customerId: ['Č. zák.', 'Č. zákazníka', 'Číslo zákazníka', 'Kód zákazníka', 'Č. odberateľa'],
    customerName: ['Zákazník', 'Odberateľ', 'Meno'],
    date: ['Dátum', 'Dátum vystavenia', 'Dátum dokladu', 'Dátum predaja'],
    orderId: ['Doklad č.', 'Č. dokladu', 'Číslo dokladu', 'Č. faktúry', 'Číslo faktúry'],
    amount: ['Základ dane', 'Bez DPH', 'Suma bez DPH', 'Suma', 'Spolu s DPH'],
    product: ['Predmet', 'Položka', 'Popis', 'Tovar / služba'],
    quantity: ['Množstvo', 'Počet'],
    unitPrice: ['Jedn. cena', 'Cena za jednotku'],
    status: ['Úhrada / stav', 'Stav', 'Druh'],
    payment: ['Spôsob platby', 'Forma úhrady', 'Platba'],
    remarks: ['Poznámka', 'Pozn.'],
  },
};

/**
 * Indian English, as a shop's or a caterer's Google Sheet and its billing (Vyapar, Tally) head
 * them: the Bill No., its Details and Rate, the Taxable Amt before GST (turnover: the GST is the
 * state's), how it was paid (Mode), and a customer's locality (Area); and as a Lagos or Accra
 * trader heads a sales book (Inv No., Item / Description, Paid via).
 */
const INDIAN_ENGLISH: HeaderWords = {
  customers: {
    city: ['Area', 'Locality'],
  },
  orders: {
    orderId: ['Bill No.', 'Bill No', 'Bill #', 'Invoice No.', 'Voucher No.', 'Inv No.', 'Inv. No.'],
    amount: ['Taxable Amt', 'Taxable Amount', 'Taxable Value', 'Bill Total', 'Bill Amount'],
    product: ['Details', 'Item Details', 'Item / Description', 'Description of Goods'],
    unitPrice: ['Rate'],
    payment: ['Mode', 'Payment Mode', 'Mode of Payment', 'Pays by', 'Paid via'],
  },
};

/**
 * Arabic: a Gulf shop's or trader's list and sales register, its header usually written in English
 * with the Arabic below it (Customer Name over اسم العميل), as the UAE's bilingual books are kept.
 * As in English, the customer's name is the company's too where another column holds the person.
 */
const ARABIC: HeaderWords = {
  customers: {
    id: ['رقم العميل', 'كود العميل', 'الكود'],
    name: ['اسم العميل', 'الاسم', 'العميل', 'اسم الزبون', 'الزبون'],
    company: ['اسم العميل', 'العميل', 'الشركة', 'اسم الشركة'],
    mobile: ['الجوال', 'الموبايل', 'رقم الجوال', 'الجوال / الهاتف'],
    phone: ['الهاتف', 'رقم الهاتف', 'هاتف'],
    email: ['البريد الإلكتروني', 'الإيميل', 'البريد'],
    address: ['العنوان'],
    city: ['المدينة', 'الإمارة'],
    birthday: ['تاريخ الميلاد'],
    note: ['ملاحظات', 'ملاحظة'],
  },
  orders: {
    customerId: ['رقم العميل', 'كود العميل'],
    customerName: ['العميل', 'اسم العميل', 'الزبون'],
    date: ['التاريخ', 'تاريخ الفاتورة'],
    orderId: ['رقم الفاتورة', 'رقم الطلب'],
    amount: ['المبلغ', 'المبلغ (درهم)', 'الإجمالي', 'القيمة', 'المجموع'],
    product: ['الصنف', 'البيان', 'المنتج', 'الوصف'],
    quantity: ['الكمية'],
    unitPrice: ['السعر', 'سعر الوحدة'],
    status: ['الحالة'],
    payment: ['طريقة الدفع', 'الدفع'],
    remarks: ['ملاحظات', 'ملاحظة'],
  },
};

/** Every language's table, in the order their words are added to each field's synonyms. */
export const HEADERS_ABROAD: readonly HeaderWords[] = [
  GERMAN,
  SPANISH,
  PORTUGUESE,
  FRENCH,
  INDONESIAN,
  ITALIAN,
  THAI,
  POLISH,
  TURKISH,
  DUTCH,
  CZECH,
  SWEDISH,
  NORWEGIAN,
  GREEK,
  HUNGARIAN,
  ARABIC,
  FINNISH,
  RUSSIAN,
  SLOVENIAN,
  FILIPINO,
  CROATIAN,
  ROMANIAN,
  BULGARIAN,
  LITHUANIAN,
  LATVIAN,
  UKRAINIAN,
  SLOVAK,
  INDIAN_ENGLISH,
];

/**
 * The languages whose amounts group thousands with dots and never write a decimal point (3.600 is
 * three thousand six hundred): a German, Dutch, Italian, Portuguese, Turkish or Indonesian money
 * column, a Greek one, a Hungarian one (18.000 Ft beside 126 000 Ft), a Slovenian one
 * (1.015,00 €) and a Croatian one. Not Spanish, which
 * Mexico writes as English does.
 */
export const DOT_THOUSANDS_LANGUAGES: readonly HeaderWords[] = [
  GERMAN,
  PORTUGUESE,
  INDONESIAN,
  ITALIAN,
  TURKISH,
  DUTCH,
  GREEK,
  HUNGARIAN,
  SLOVENIAN,
  CROATIAN,
];
