/**
 * Whether text holds a character no spreadsheet cell may carry: C0 and C1 controls other than
 * tab and line breaks, bidi overrides and isolates, and the noncharacters U+FFFE and U+FFFF.
 * Written apart from the export guard's regex, so that tests check the guard independently.
 */
export const hasUnsafeCharacter = (text: string) =>
  [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0xfffe ||
      code === 0xffff
    );
  });
