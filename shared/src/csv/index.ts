export { csvCellText, neutraliseCsvText, restoreCsvText } from './csvCellText.ts';
