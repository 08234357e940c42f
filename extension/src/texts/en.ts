import type { Texts } from './zh.ts';

export const en: Texts = {
  appName: 'CRM Contact Clipper',
  clipSelection: 'Clip selection as contact',
  settings: 'Settings',
  tabPage: 'On this page',
  tabSaved: 'Saved',
  syncFailedCount: (count: number) => `${count} failed to sync`,
  syncPendingCount: (count: number) => `${count} waiting to sync`,
  syncAllDone: 'All synced to your sheet',
  syncNotConfigured: 'Set your Google Sheet in Settings to sync',
  syncNow: 'Sync now',
  syncNextAttempt: (time: string) => `Retrying by itself at ${time}`,
  syncNowSynced: (count: number) => `Synced ${count}`,
  syncNowNothing: 'Nothing to sync',
  syncAwaitingNotice: (count: number) => `${count} waiting for your confirmation to sync`,
  crossBorder: {
    heading: 'Before syncing: your data will be stored outside mainland China',
    explain:
      'Your Google Sheet is kept on Google’s servers outside mainland China. Syncing provides the contacts’ personal information (names, phones, emails …) abroad (PIPL, the Personal Information Protection Law, art. 38–39): make sure you meet the conditions for providing it abroad and that the people concerned have been told (with their separate consent where it is required).',
    waiting: (count: number) =>
      `${count} contacts are kept in this browser and are not sent to Google until you confirm.`,
    confirm: 'I understand: sync to Google Sheets',
  },
  savedNotice: 'Saved.',
  noTab: 'No tab to read.',
  fromSelection: 'From your selection',
  scanning: 'Reading the page…',
  rescan: 'Scan again',
  addManually: 'Add by hand',
  noCandidates:
    'No contacts found on this page. Select a block of text and use “Clip selection as contact”, or add one by hand.',
  pageCutShort:
    'This page is too large to read to the end; its footer, addresses and contact sections were read first.',
  selectCandidate: (who: string) => `Select ${who}`,
  selectAll: 'Select all',
  saveSelected: (count: number) => `Save selected (${count})`,
  bulkSaved: (done) =>
    [
      done.saved > 0 || done.merged + done.unchanged + done.invalid === 0 ? `Saved ${done.saved}` : '',
      done.merged > 0 ? `${done.merged} already saved: new details added` : '',
      done.unchanged > 0 ? `${done.unchanged} already saved: nothing new` : '',
      done.conflicting > 0
        ? `${done.conflicting} differ from what was saved: the saved details were kept, review them one by one`
        : '',
      done.invalid > 0 ? `${done.invalid} need correcting: review them one by one` : '',
    ]
      .filter((part) => part !== '')
      .join('; '),
  phoneRegionNote: (region: string, basis: string) =>
    `Numbers without a country code were read as ${region} numbers (from ${basis}); please check.`,
  phoneRegionBases: {
    'page-language': 'the page language',
    domain: 'the country of the web address',
    address: 'the address on the card',
    'email-domain': 'the country of the email addresses on the card or the page',
    'page-numbers': 'the country of the numbers the page writes with a country code',
    default: 'your default region in Settings; the page does not say',
  },
  sources: {
    'json-ld': 'JSON-LD',
    'h-card': 'h-card',
    microdata: 'Microdata',
    selection: 'Selection',
    link: 'mailto/tel link',
    text: 'Page text',
    meta: 'Page info',
  },
  confidence: 'Confidence',
  whereFound: 'Where it was found',
  savedMark: '✓ Saved',
  reviewAndSave: 'Review & save',
  updateFromPage: 'Update from page',
  knownTitle: 'Already in your customer sheet',
  knownCustomer: 'Known customer',
  nextFollowUp: 'next follow-up',
  reviewHeading: 'Review contact',
  editHeading: 'Edit contact',
  fields: {
    name: 'Name',
    title: 'Title',
    organization: 'Company',
    emails: 'Emails',
    phones: 'Phones',
    wechat: 'WeChat',
    address: 'Address',
    website: 'Website',
    socialUrls: 'Social profiles',
    tags: 'Tags',
    owner: 'Owner',
    note: 'Note',
    legalBasis: 'Legal basis',
    purpose: 'Purpose',
    informedOn: 'Informed on',
  },
  hints: {
    onePerLine: 'one per line',
    tags: 'comma-separated',
    legalBasis: 'PIPL (个人信息保护法) art. 13',
    purpose: 'What this contact is kept for (art. 17); left empty, the default purpose is recorded',
    informedOn: 'The day you told the person who handles their data, why and how (art. 17); empty if not yet',
  },
  defaultPurpose: 'Customer contact and business follow-up',
  chooseOne: 'Choose…',
  legalBases: {
    'provided-by-person': 'Provided by the person',
    'public-business-contact': 'Public business contact',
    'existing-customer': 'Existing customer (contract)',
    consent: 'Consent given',
  },
  contactErrors: {
    name: 'Enter at least a name, a company, an email, a phone number or a WeChat ID',
    emails: 'Not a valid email address, e.g. li.lei@example.com',
    phones: 'Not a valid phone number; include the country code, e.g. +86 139 1234 5678',
    wechat:
      'A WeChat ID has 6–20 letters, digits, _ or -, starting with a letter; or give the phone number of the account',
    website: 'Enter a web address starting with http:// or https://',
    legalBasis: 'Choose the legal basis for keeping this contact',
    informedOn: 'Enter the date the person was informed, e.g. 2026-12-01',
  },
  save: 'Save',
  cancel: 'Cancel',
  mergeHeading: 'Already saved — merge?',
  mergeExplain: (who: string) =>
    `This email or phone number belongs to ${who}. Merge instead of saving a second record.`,
  mergeSides: { existing: 'saved', incoming: 'new' },
  mergeAction: 'Merge',
  searchPlaceholder: 'Search name, company, email, tag…',
  search: 'Search',
  exportCsv: 'CSV',
  exportVcard: 'vCard',
  noClips: 'No saved contacts yet.',
  noMatches: 'Nothing matches your search.',
  clipsReading: (read: number, total: number) =>
    `Reading saved contacts… (${read} of ${total}); search and export cover them all once read.`,
  syncStatus: {
    pending: 'Pending sync',
    failed: 'Sync failed',
    synced: 'Synced',
    local: 'Saved locally',
  },
  syncProblems: {
    offline: 'Google Sheets cannot be reached (offline?); retrying by itself',
    noClientId:
      'No OAuth client ID: enter one in the settings, or use a build with your organisation’s client ID',
    signInCancelled: 'Sign-in was cancelled',
    signInFailed: 'Google sign-in failed; sign in again in the settings',
    signInExpired: 'Sign in to Google again: click “Sign in with Google” in the settings',
    forbidden: 'Your Google account may not edit this spreadsheet',
    notFound: 'Spreadsheet not found: check its link in the settings',
    badRequest: 'The sheet cannot be written: check the sheet name in the settings',
    sheetMissing:
      'The spreadsheet has no tab of this name: it was renamed or deleted. Rename the tab back, or enter its new name in the settings, then click Retry',
    headerMoved:
      'There are customer rows above the header (most likely a sort took it along with the data), so nothing was written rather than header text into a customer’s row: move the header row back above all customers (title lines may stay above it) and freeze the rows down to it (View > Freeze), then click Retry',
    rowsMoving:
      'Rows of the sheet kept moving while syncing (someone sorting it), so nothing was written rather than into someone else’s row; retrying by itself',
    protectedRange:
      'The sheet is protected and your account may not edit these cells: ask the spreadsheet owner to add you as an editor under Data > Protect sheets and ranges, then click Retry',
    cellLimit:
      'The spreadsheet has reached Google Sheets’ limit of 10 million cells and has no room for new rows: delete unused tabs or empty rows and columns, or choose another spreadsheet in the settings, then click Retry',
    cellTooLong:
      'One field is longer than the 50,000 characters a cell holds (most likely the note): edit this contact to shorten it, and it syncs once saved',
    rowDeleted:
      'This contact’s row was deleted from the sheet, so the change was not written. Click Retry to add a new row, or delete this contact if it is no longer needed',
    editedInSheet:
      'Someone edited this row in the sheet since the last sync, so the change was not written over it. Click Retry to write this contact over the edited cells, or edit the contact to match the sheet to keep them',
    quota: 'Google Sheets is limiting writes for now; retrying by itself',
    unavailable: 'Google Sheets is unavailable for now; retrying by itself',
    storageFull:
      "The browser's storage for this extension is full, so the sync could not record its progress: export a CSV under Saved to keep a copy, delete contacts you no longer need (their rows in the sheet are cleared too), then click Retry",
    unknown: 'Sync went wrong',
  },
  syncProblemPlace: (place) =>
    ` (sheet “${place.sheet}”${place.row === undefined ? '' : `, row ${place.row}`}${place.column === undefined ? '' : `, column “${place.column}”`})`,
  edit: 'Edit',
  retry: 'Retry',
  delete: 'Delete',
  confirmDelete: 'Really delete',
  options: {
    heading: 'Clipper settings',
    privacy:
      'Contacts stay in this browser until they are sent to the Google Sheet you name here. Nothing is sent anywhere else.',
    fields: {
      spreadsheet: { label: 'Spreadsheet URL or ID', hint: 'https://docs.google.com/spreadsheets/d/…' },
      sheetName: { label: 'Sheet name', hint: 'The tab rows are appended to' },
      oauthClientId: {
        label: 'OAuth client ID',
        hint: 'Only if this build has no client ID of your organisation built in (Google Cloud console → Web application, redirect https://<extension-id>.chromiumapp.org/)',
      },
      region: { label: 'Default phone region', hint: 'For numbers without a country code, e.g. CN' },
      defaultOwner: { label: 'Default owner', hint: 'Prefilled on new contacts' },
      apiBaseUrl: {
        label: 'Sheets API address (test build only)',
        hint: 'A local test double, e.g. http://127.0.0.1:5555',
      },
    },
    invalid: {
      spreadsheet: 'Not a Google Sheets URL or spreadsheet ID',
      sheetName: 'Enter a sheet name of at most 100 characters',
      oauthClientId: 'A client ID has at most 200 characters',
      region: 'A two-letter region code such as CN or US',
      defaultOwner: 'An owner has at most 200 characters',
      apiBaseUrl: 'An address such as https://sheets.googleapis.com',
    },
    signIn: 'Sign in with Google',
    signedIn: 'Signed in.',
    signOut: 'Sign out',
    signedOut: 'Signed out; the access token was deleted.',
    dataHeading: 'Your data',
    deleteAllExplain:
      'Deletes everything this extension keeps: contacts, the sync queue, settings, the sign-in token and caches. Your Google Sheet is not changed.',
    deleteAll: 'Delete all data',
    confirmDeleteAll: 'Really delete all data',
    deletedAll: 'All data deleted.',
  },
  errors: {
    workerSilent: 'The extension worker did not answer',
    pageProblems: {
      'browser-page':
        'This is a page of the browser or of another extension (settings, new tab, extensions…), which extensions may not read. Open a normal web page and try again.',
      'store-page':
        "The browser's extension store does not let extensions read its pages. Open a normal web page and try again.",
      'file-access':
        'Local files can be read only with file access: on the browser\'s extensions page, open this extension\'s Details, turn on "Allow access to file URLs", then reload this page.',
      'no-permission':
        "The extension may not read this page. If it is a normal web page, click the extension's icon in the toolbar on this page (reload the page first if needed) and try again; the browser's own pages and extension store cannot be read.",
      'error-page':
        'This tab shows an error page: the web page did not open. Reload it and click "Scan again" once it has opened.',
      'tab-gone': 'That tab has been closed. Open the side panel again on the web page you want to read.',
      'page-changed':
        'The page moved on or reloaded while it was being read. Wait until it has loaded, then click "Scan again".',
      policy: "Your organisation's browser policy does not let extensions read this site.",
      timeout: 'The page did not answer in time. Wait until it has loaded, then click "Scan again".',
      unknown:
        'This page could not be read. Reload it and click "Scan again"; if that does not help, select text to clip it or add the contact by hand.',
    },
    mergeTargetGone: 'The saved contact to merge into no longer exists',
    clipDeleted: 'This contact was deleted',
    storageFull: (clips: number) =>
      `The browser's storage for this extension is full (${clips} contacts saved), so nothing was saved this time; the contact is still in the panel. Under Saved, click "CSV" to export a copy, delete contacts you no longer need (their rows in the sheet are cleared too), then save again.`,
    unknown: 'Unknown error',
  },
  clipColumns: {
    clipId: 'Clip ID',
    name: 'Name',
    company: 'Company',
    title: 'Title',
    mobile: 'Mobile',
    phone: 'Phone',
    email: 'Email',
    wechat: 'WeChat',
    address: 'Address',
    website: 'Website',
    owner: 'Owner',
    tags: 'Tags',
    legalBasis: 'Legal basis',
    purpose: 'Purpose',
    informedOn: 'Informed on',
    source: 'Source',
    clippedAt: 'Clipped at',
    note: 'Note',
  },
};
