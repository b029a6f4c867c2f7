import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, decodeText, detectDelimiter, readCsvRecordBatches, readCsvRecords } from './csv';
import { csvText, utf8 } from '../../test/support/imports/office-kit';

const cells = (text: string) => readCsvRecords(text).map((record) => record.cells);

describe('readCsvRecords (RFC 4180)', () => {
  it('reads quoted fields with separators, quotes and line breaks, and CRLF or LF records', () => {
    expect(cells('a,"b,c","say ""hi""","line1\r\nline2"\r\nx,y,,z\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line1\r\nline2'],
      ['x', 'y', '', 'z'],
    ]);
  });

  it('numbers rows as records, so a quoted line break does not shift later rows', () => {
    const records = readCsvRecords('h\n"two\nlines"\nlast');
    expect(records.map((record) => record.number)).toEqual([1, 2, 3]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('splits records on CRLF, LF and a lone CR mixed in one file, and keeps blank lines as records', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg\n\nh')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g'],
      [''],
      ['h'],
    ]);
    expect(cells('')).toEqual([]);
    expect(cells('\n')).toEqual([['']]);
  });

  it('keeps stray quotes and text after a closing quote as written, or refuses them when asked', () => {
    expect(cells('张"三",x\n"ab"c,"d""e"')).toEqual([
      ['张"三"', 'x'],
      ['abc', 'd"e'],
    ]);
    expect(() => readCsvRecords('a,b\n"x\ny",c"d', { strayQuotes: 'refuse' })).toThrow(
      expect.objectContaining({ reason: 'strayQuote', row: 2, line: 3 }),
    );
  });

  it('keeps a last record without a line end and empty trailing fields', () => {
    expect(cells('a,b\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('refuses an unterminated quote, naming the record where it starts', () => {
    expect(() => readCsvRecords('a\nb\n"open,c\nd')).toThrow(CsvSyntaxError);
    expect(() => readCsvRecords('a\nb\n"open,c\nd')).toThrow(
      expect.objectContaining({ reason: 'unterminatedQuote', row: 3, line: 3 }),
    );
  });

  it('detects semicolon and tab separators from the header line', () => {
    expect(detectDelimiter('a;b;"c,d"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a,b')).toBe(',');
  });

  it('round-trips any table written with quotes', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(cells(csvText(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe('readCsvRecordBatches (a file read in chunks)', () => {
  /** Records of every shape, repeated past several 1 MiB chunk ends, so each lands on a boundary. */
  const shapes = ['a,"b\r\nc",中文字段\r\n', '"q""x",\r', 'z\n', '\n', '"多行\n引号",y,\r\n', 'p;q,r\n'];
  const body = Array.from({ length: 300_000 }, (_, i) => shapes[i % shapes.length]).join('');

  it('gives the same records, numbers and lines as reading the whole text, wherever chunks end', () => {
    for (const padding of [0, 3]) {
      const bytes = new TextEncoder().encode(`h,${'x'.repeat(padding)}\r\n${body}last,"row"`);
      expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
      const batches = [...readCsvRecordBatches(bytes)];
      expect(batches.length).toBeGreaterThan(2);
      // Compared as JSON: a deep equality over 300,000 records takes seconds.
      expect(JSON.stringify(batches.flat())).toBe(JSON.stringify(readCsvRecords(decodeText(bytes))));
    }
  });

  it('refuses an unterminated quote in a later chunk with the record and line it starts on', () => {
    const bytes = new TextEncoder().encode(`h\n${body}"open,c\nd`);
    const whole = (() => {
      try {
        readCsvRecords(decodeText(bytes));
      } catch (error) {
        return error;
      }
    })();
    expect(whole).toBeInstanceOf(CsvSyntaxError);
    expect(() => [...readCsvRecordBatches(bytes)]).toThrow(
      expect.objectContaining({ reason: 'unterminatedQuote', row: (whole as CsvSyntaxError).row }),
    );
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    expect(decodeText(utf8('\uFEFF申请编号,Title'))).toBe('申请编号,Title');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([0x7533, 0x0061]).buffer)]);
    expect(decodeText(utf16)).toBe('申a');
  });

  it('falls back to GB18030, what Excel in a Chinese locale writes', () => {
    const gbk = new Uint8Array([0xc9, 0xea, 0xc7, 0xeb, 0xb1, 0xe0, 0xba, 0xc5]);
    expect(decodeText(gbk)).toBe('申请编号');
  });
});
