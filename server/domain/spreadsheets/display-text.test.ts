import { describe, expect, it } from 'vitest';
import { displayText, formatNumber } from './display-text.js';

describe('displayText: a cell as Indonesian-locale Excel shows it', () => {
  it.each([
    [0.25, '0%', '25%'],
    [0.255, '0.00%', '25,50%'],
    [1_500_000, '"Rp "#,##0', 'Rp 1.500.000'],
    [1_500_000, '[$Rp-421]#,##0', 'Rp1.500.000'],
    [1_500_000, '_-[$Rp-421]* #,##0_-;\\-[$Rp-421]* #,##0_-;_-[$Rp-421]* "-"_-;_-@_-', 'Rp 1.500.000'],
    [1_234_567.891, '#,##0.00', '1.234.567,89'],
    [3.14, 'General', '3,14'],
    [123, '00000', '00123'],
    [16_666, 'mm-dd-yy', '17/08/1945'], // the built-in short date (format 14) follows the locale
    [16_666, 'dd/mm/yyyy', '17/08/1945'],
    [16_666.5, 'dd/mm/yyyy hh:mm', '17/08/1945 12:00'],
  ])('%s in %s shows %s', (value, format, shown) => {
    expect(formatNumber(value, format)).toEqual({ text: shown });
  });

  it('takes dates from exceljs (which turns date-formatted numbers into Dates) as the date shown', () => {
    expect(displayText(new Date(Date.UTC(1945, 7, 17)), 'mm-dd-yy', 'text')).toEqual({ text: '17/08/1945' });
  });

  it('refuses what it cannot show as the author saw it: month names, unknown codes', () => {
    expect(formatNumber(16_666, 'd-mmm-yy')).toHaveProperty('problem.key', 'import.cellNumberFormat');
    expect(formatNumber(16_666, 'dddd')).toHaveProperty('problem');
  });

  it('refuses numbers in identifier columns, keeps them raw in number columns, takes text as typed', () => {
    expect(displayText(12345, 'General', 'identifier')).toHaveProperty('problem.key', 'import.cellNumberInText');
    expect(displayText(2, '0%', 'number')).toEqual({ text: '2' });
    expect(displayText('0012345', '@', 'identifier')).toEqual({ text: '0012345' });
    expect(displayText({ richText: [{ text: 'Ba' }, { text: 'tas' }] }, undefined, 'text')).toEqual({ text: 'Batas' });
    expect(displayText({ formula: '1+1', result: 2 }, undefined, 'text')).toHaveProperty('problem.key', 'import.cellFormula');
    expect(displayText(null, undefined, 'identifier')).toEqual({ text: '' });
  });
});
