// Uploaded files come from spreadsheets saved in whatever encoding the machine liked. UTF-8 is expected;
// a file that is not valid UTF-8 is almost always Windows-1252 (Excel's "CSV" on Windows), which we read
// as such and say so, rather than importing "St Mary's" as "St Mary�s".
export type DecodedUpload =
  { ok: true; text: string; convertedFrom: 'Windows-1252' | null } | { ok: false; message: string };

export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message:
        'The file is saved as UTF-16 (“Unicode text”). Save it again as “CSV UTF-8 (comma delimited)” and upload that.',
    };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: 'The file is not a CSV file. Upload the extract saved as CSV.' };
  }
  try {
    // ignoreBOM: false strips a UTF-8 byte order mark, which Excel adds.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), convertedFrom: null };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), convertedFrom: 'Windows-1252' };
  }
}
