// Uploaded files come from spreadsheets saved in whatever encoding the machine liked. UTF-8 is expected;
// a file that is not valid UTF-8 is almost always Windows-1252 (Excel's "CSV" on Windows), which we read
// as such and say so, rather than importing "St Mary's" as "St Mary�s".
export type DecodedUpload =
  | { ok: true; text: string; convertedFrom: 'Windows-1252' | null }
  | { ok: false; utf16: boolean; message: string };

export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      utf16: true,
      message:
        'The file is saved as UTF-16 (“Unicode text”). Save it again as “CSV UTF-8 (comma delimited)” and upload that.',
    };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      utf16: false,
      message: 'The file is not a CSV file. Upload the extract saved as CSV.',
    };
  }
  try {
    // ignoreBOM: false strips a UTF-8 byte order mark, which Excel adds.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), convertedFrom: null };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), convertedFrom: 'Windows-1252' };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, €…); the rest is the same as Latin-1. Node's own
// TextDecoder('windows-1252') decodes these as control characters, so the table is written out here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}
