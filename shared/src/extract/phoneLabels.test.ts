import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestLabel, readNearestLabel } from './phoneLabels.ts';

/** Texts before numbers, as pages write them, many of them again and again. */
const BEFORES = [
  '手机：',
  '订单号：',
  '电话/传真：',
  '传真：',
  'Tel: ',
  'Fax ',
  'Order no. ',
  'T 312.555.0142  F ',
  '发布于 ',
  '联系方式 QQ：',
  '',
  'Call us on ',
  '3F, ',
];

describe('nearestLabel', () => {
  it('answers as the label read from the text, however often and in whatever order texts come', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...BEFORES), fc.string({ maxLength: 24 })), { maxLength: 40 }),
        (befores) => {
          for (const before of befores) expect(nearestLabel(before)).toBe(readNearestLabel(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['手机：', 'phone'],
    ['订单号：', 'other'],
    ['电话/传真：', 'phone'],
    ['传真：', 'other'],
    ['发布于 ', null],
    ['ejemplo de guía DHL: ', 'other'],
    ['Ondernemingsnummer BE ', 'other'],
    ['KvK ', 'other'],
    // A mobile in Spanish, Portuguese and German.
    ['13 80 · Móvil ', 'phone'],
    ['Celular: ', 'phone'],
    ['Handy ', 'phone'],
    // Portugal's mobile and its sentences (…pelo 965 302 118, …através do 256 780 430); Greek's
    // mobile, phone and "at" in a sentence (…στο 23810 89430).
    ['Tlm.: ', 'phone'],
    ['Telemóvel ', 'phone'],
    ['devem contactar o Sr. Joaquim Almeida (Compras) pelo ', 'phone'],
    ['Dra. Marta Lopes, através do ', 'phone'],
    ['Κιν.: ', 'phone'],
    ['κα Σοφία Γεωργίου στο ', 'phone'],
    ['Η ζυγιστική λειτουργεί από ', null],
  ])('%j', (before, kind) => {
    expect(nearestLabel(before)).toBe(kind);
    expect(nearestLabel(before)).toBe(kind);
  });
});
