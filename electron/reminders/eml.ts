/**
 * One e-mail message as an `.eml` file (RFC 5322), ready for any mail client to open: UTF-8 text,
 * non-ASCII header text as RFC 2047 encoded words, body in base64, CRLF line ends. `X-Unsent: 1`
 * makes Outlook open it as a draft to send; other clients ignore it.
 */
export interface EmlMessage {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  body: string;
  date: Date;
  messageId: string;
}

const CRLF = '\r\n';
/** An encoded word is at most 75 characters; `=?UTF-8?B?` and `?=` take 12, leaving 63 → 45 bytes. */
const WORD_BYTES = 45;
const BODY_LINE = 76;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/u.test(text);

/**
 * Header text as RFC 2047 `B` encoded words, each whole characters of at most 45 UTF-8 bytes,
 * folded onto continuation lines. Printable ASCII without specials stays as it is.
 */
export function encodeHeaderText(text: string): string {
  if (isPrintableAscii(text) && !/[=?"]/u.test(text)) return text;
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (encoder.encode(chunk + char).length > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(encoder.encode(word))}?=`).join(`${CRLF} `);
}

/** `Name <address>` with the name encoded when needed (addresses are ASCII). */
function mailbox({ name, address }: { name: string; address: string }): string {
  if (name === '') return `<${address}>`;
  const shown = isPrintableAscii(name) && !/[()<>[\]:;@\\,."=?]/u.test(name) ? name : encodeHeaderText(name);
  return `${shown} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC: `Mon, 07 Dec 2026 18:30:00 +0000`. */
export function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

export function emlMessage(message: EmlMessage): Uint8Array {
  const body = base64(new TextEncoder().encode(message.body.replace(/\r?\n/gu, CRLF)));
  const lines: string[] = [];
  for (let offset = 0; offset < body.length; offset += BODY_LINE)
    lines.push(body.slice(offset, offset + BODY_LINE));
  const headers = [
    `From: ${mailbox(message.from)}`,
    `To: ${mailbox(message.to)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${rfc5322Date(message.date)}`,
    `Message-ID: <${message.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  ];
  return new Uint8Array(Buffer.from([...headers, '', ...lines, ''].join(CRLF), 'utf8'));
}
