// Fixtures for tests and benchmarks of every package (`@crm/shared/testing`); not part of the
// public API of the core, and never imported by production code.

export { PERSON, PERSON_WORKBOOK_TOTAL, personWorkbook } from '../privacy/personWorkbook.fixture.ts';
export { FIXTURE_TODAY, fixtureClv, reportFixture, XSS_NAME } from '../report/fixtures/reportFixture.ts';
export { schoolRegisterRows } from '../table/schoolRegister.fixture.ts';
