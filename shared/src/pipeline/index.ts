export * from './analyzeCustomerTable.ts';
export * from './classificationJson.ts';
export * from './followUpsTable.ts';
export * from './managedColumns.ts';
export * from './mergeManagedColumns.ts';
export * from './reportFor.ts';
export * from './reviewTable.ts';
