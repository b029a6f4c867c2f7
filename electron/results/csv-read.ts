import { AppError } from '../../shared/errors';

/**
 * RFC 4180 reader: fields separated by commas, records by CRLF or LF, fields in double quotes may
 * hold commas, line breaks and doubled quotes. A UTF-8 byte-order mark at the start is skipped.
 * Blank lines are dropped. A quote inside an unquoted field, or an unterminated quoted field, is
 * refused with the line it starts on.
 */
export function readCsv(text: string): { line: number; fields: string[] }[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      if (fieldStarted) throw new AppError('results.errors.csvQuote', { line });
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new AppError('results.errors.csvUnterminated', { line: recordLine });
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
