import iconv from 'iconv-lite';
import { parseExpenditureCsv } from './expenditure-csv';

const HEADER = 'Datum;Kategorie;Betrag;Beschreibung';

describe('the expenditure CSV of a finance office', () => {
  it('reads German amounts, dates and labels, with a BOM', () => {
    const text = `\uFEFF${HEADER}\n31.07.2021;Supervision;1.234,56;Prozessbegleitung\n01.08.2021;pool_personnel;100000,00;KOBSI\n`;
    const result = parseExpenditureCsv(Buffer.from(text, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        spentOn: '2021-07-31',
        category: 'supervision',
        amountCents: 123_456,
        description: 'Prozessbegleitung',
      },
      {
        line: 3,
        spentOn: '2021-08-01',
        category: 'pool_personnel',
        amountCents: 10_000_000,
        description: 'KOBSI',
      },
    ]);
  });

  it('reads Windows-1252 (umlauts) as well', () => {
    const text = `${HEADER}\r\n15.03.2021;Informationsbroschüren;500,00;Broschüre in Leichter Sprache für Eltern\r\n`;
    const result = parseExpenditureCsv(iconv.encode(text, 'win1252'));
    expect(result.rows[0]).toMatchObject({
      category: 'brochures',
      description: 'Broschüre in Leichter Sprache für Eltern',
    });
  });

  it('names every bad row by its line and field, and returns no rows then', () => {
    const text = `${HEADER}\n31.07.2021;supervision;10,00;gut\n31.02.2021;Kaffee;1,2,3;\n`;
    const result = parseExpenditureCsv(Buffer.from(text));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      '3:Datum',
      '3:Kategorie',
      '3:Betrag',
      '3:Beschreibung',
    ]);
  });

  it('says which column is missing', () => {
    const result = parseExpenditureCsv(Buffer.from('Datum;Betrag\n01.01.2021;1,00\n'));
    expect(result.errors.map((e) => e.field)).toEqual(['Kategorie', 'Beschreibung']);
  });
});
