export {
  csvCellText,
  isFormulaStart,
  isInertMinus,
  neutraliseCsvText,
  restoreCsvText,
} from './csvCellText.ts';
