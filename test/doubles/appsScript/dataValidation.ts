/** Data validation rules as SpreadsheetApp builds them (newDataValidation()…build()). */
export class DataValidation {
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.args;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
}

export class DataValidationBuilder {
  private criteria = 'ANY';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  private set(criteria: string, ...args: unknown[]) {
    this.criteria = criteria;
    this.args = args;
    return this;
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE');
  }
  requireTextIsEmail() {
    return this.set('TEXT_IS_VALID_EMAIL');
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set('NUMBER_BETWEEN', a, b);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.set('VALUE_IN_LIST', values, showDropdown);
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this;
  }
  build() {
    return new DataValidation(this.criteria, this.args, this.allowInvalid, this.helpText);
  }
}
