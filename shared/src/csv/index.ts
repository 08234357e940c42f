export { csvCellText, isFormulaStart, neutraliseCsvText, restoreCsvText } from './csvCellText.ts';
