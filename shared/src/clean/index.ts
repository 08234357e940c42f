// Cleaning: duplicates with merge proposals, missing and invalid values — a review only.
// Only names other modules need are exported: shared/src/index.ts re-exports every folder.
export { compareNames, NAME_SIMILARITY_THRESHOLD, type NameMatch } from './compareNames.ts';
export { CONTACT_FIELD } from './findMissingValues.ts';
export { normalizeCompany } from './normalizeCompany.ts';
export { normalizePersonName, type PersonName } from './normalizePersonName.ts';
export { reviewCustomerTable } from './reviewCustomerTable.ts';
