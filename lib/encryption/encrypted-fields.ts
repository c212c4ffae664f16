// Which columns are encrypted, and what each ciphertext is bound to. The Prisma extension
// (prisma-extension.ts), the data migration (encrypt-existing-rows.ts) and the dump test all read this list.
import { ciphertextFormat, type CiphertextFormat } from './cipher';

/**
 * Whose data key seals a row (issue 16): its partnership's, named by the row's own `partnershipId`
 * ('partnership'; 'partnership-or-service' where that may be null), or by its concern's ('concern'); or the
 * service's ('service': what belongs to no partnership). A partnership's keys are destroyed when it leaves.
 */
export type KeyOwner = 'partnership' | 'partnership-or-service' | 'concern' | 'service';

export interface EncryptedModel {
  /** The Prisma model (and table) name; also the purpose of its data key. */
  table: string;
  owner: KeyOwner;
  /** Rows that hang off a concern: re-sealed under the new partnership's key when the concern moves. */
  ofConcern?: true;
  /** Prisma's client property for the model. */
  delegate: string;
  /** The primary key column and its SQL type, for the data migration's updates. */
  primaryKey: [string, 'uuid' | 'bigint' | 'text'];
  /** The column each ciphertext is bound to: the row id where there is one. A bigint id is taken from its
   * sequence by the write (encrypt-write.ts) before the insert, so the ciphertext can be bound to it. */
  rowKey: string;
  /** Where ciphertext of format v1 was bound to another column (chronology entries, to their concern,
   * before issue 13 L6): new ciphertext is format v2, bound to `rowKey`; v1 still reads, bound to this
   * column, until `npm run keys:rotate-data` re-seals it. */
  v1RowKey?: string;
  text: string[];
  /** Json columns, stored as one JSON string of ciphertext. */
  json: string[];
  /** Text columns encrypted only in some rows (`when` on write, `sql` for the data migration); a read
   * decrypts what is ciphertext and passes the rest. */
  conditional?: { columns: string[]; when: (row: Record<string, unknown>) => boolean; sql: string };
}

export const ENCRYPTED_MODELS: EncryptedModel[] = [
  {
    table: 'Concern',
    owner: 'partnership',
    delegate: 'concern',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: [
      'description',
      'harmOther',
      'childName',
      'schoolOther',
      'reporterName',
      'reporterEmail',
      'reporterPhone',
      'reporterSafeTimes',
      'relationshipOther',
      'outcome',
      'legalHoldReason',
    ],
    json: [],
  },
  {
    // Why a case was passed on, in the sender's words (lib/cases/pass-on-case.ts): it may name a child.
    table: 'ConcernMove',
    owner: 'concern',
    ofConcern: true,
    delegate: 'concernMove',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['reason'],
    json: [],
  },
  {
    // A child protection file transfer's note and return reason (lib/transfers/): either may name a child;
    // an emailed link's recipient address and the receiver's name and role (lib/transfers/emailed-link/).
    table: 'FileTransfer',
    owner: 'concern',
    ofConcern: true,
    delegate: 'fileTransfer',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['note', 'returnReason', 'recipientEmail', 'receivedByName', 'receivedByRole'],
    json: [],
  },
  {
    // The platform's name in the parent's words. Only the "something else" row of a concern has one, so
    // the concern is both the row's binding and a key to walk the table by (one plain value per concern).
    table: 'ConcernPlatform',
    owner: 'concern',
    ofConcern: true,
    delegate: 'concernPlatform',
    primaryKey: ['concernId', 'uuid'],
    rowKey: 'concernId',
    text: ['otherName'],
    json: [],
  },
  {
    // What a parent typed about the stranger's account: matched by its keyed hash, never by this.
    table: 'ConcernAccountIdentifier',
    owner: 'partnership',
    ofConcern: true,
    delegate: 'concernAccountIdentifier',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['identifier'],
    json: [],
  },
  {
    // An early warning names what rose, or a platform name parents typed; its subjectKey for a typed name
    // is a keyed hash (keyring.ts), so a flag is still raised once per name.
    table: 'TrendFlag',
    owner: 'partnership',
    delegate: 'trendFlag',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['subjectName'],
    json: [],
  },
  {
    table: 'ConcernEvent',
    owner: 'concern',
    ofConcern: true,
    delegate: 'concernEvent',
    primaryKey: ['id', 'bigint'],
    rowKey: 'id',
    v1RowKey: 'concernId',
    text: ['summary'],
    json: ['detail'],
  },
  {
    // A child record holds the least that names a child; its nameKey is a keyed hash (keyring.ts), so
    // likely matches are found without reading a name (lib/children/child-name-key.ts).
    table: 'ChildRecord',
    owner: 'partnership',
    delegate: 'childRecord',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['name', 'dateOfBirth', 'pupilId'],
    json: [],
  },
  {
    // An incident's title is written by staff and may name the children or the event.
    table: 'Incident',
    owner: 'partnership',
    delegate: 'incident',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['title'],
    json: [],
  },
  {
    table: 'Message',
    owner: 'concern',
    ofConcern: true,
    delegate: 'message',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['body'],
    json: [],
  },
  {
    // A parent's reason for asking for a review, and the front door's finding (lib/reviews/): either may
    // name a child.
    table: 'ReviewRequest',
    owner: 'partnership',
    ofConcern: true,
    delegate: 'reviewRequest',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['reason', 'outcome'],
    json: [],
  },
  {
    table: 'Referral',
    owner: 'concern',
    ofConcern: true,
    delegate: 'referral',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['theirReference', 'destinationOther'],
    json: [],
  },
  {
    table: 'StaffUser',
    owner: 'service',
    delegate: 'staffUser',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['totpSecret'],
    json: [],
  },
  {
    // Subjects and bodies may carry what a person typed (a school or platform name) and bearer links
    // (password resets, invitations): encrypted, and the bodies blanked once sent (record-send-outcome.ts).
    // A reporter's address is theirs to keep private; a member of staff's is on their account anyway (and
    // looked up by tests and support).
    table: 'OutboxEmail',
    owner: 'partnership-or-service',
    delegate: 'outboxEmail',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['subject', 'textBody', 'htmlBody'],
    json: [],
    conditional: {
      columns: ['toAddress'],
      when: (row) => typeof row.kind === 'string' && row.kind.startsWith('reporter.'),
      sql: `kind LIKE 'reporter.%'`,
    },
  },
  {
    // The secret a partnership's sign-in provider gave it (app/admin/sign-in): never shown again.
    table: 'SignInProvider',
    owner: 'partnership',
    delegate: 'signInProvider',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['clientSecret'],
    json: [],
  },
  {
    // A provider's refresh token for a person (lib/auth/providers/recheck-work-accounts.ts): a bearer
    // credential for their work account.
    table: 'SignInIdentity',
    owner: 'service',
    delegate: 'signInIdentity',
    primaryKey: ['id', 'uuid'],
    rowKey: 'id',
    text: ['refreshToken'],
    json: [],
  },
  /** A journey in progress holds everything the concern will. */
  {
    table: 'ReportDraft',
    owner: 'service',
    delegate: 'reportDraft',
    primaryKey: ['tokenHash', 'text'],
    rowKey: 'tokenHash',
    text: [],
    json: ['answers'],
  },
];

/** The tables whose rows a partnership's keys seal (made together, all at once: keyring.ts); the service-wide
 * keys cover the rest and the hashes. */
export const PARTNERSHIP_PURPOSES = ENCRYPTED_MODELS.filter((m) => m.owner !== 'service').map((m) => m.table);

export function encryptedModel(table: string | undefined): EncryptedModel | undefined {
  return ENCRYPTED_MODELS.find((m) => m.table === table);
}

/** A table whose ciphertext is bound to a bigint id the database would otherwise assign on insert. */
export function idFromSequence(model: EncryptedModel): boolean {
  return model.primaryKey[0] === model.rowKey && model.primaryKey[1] === 'bigint';
}

/** The format a table's new ciphertext is written in. */
export function sealFormat(model: EncryptedModel | undefined): CiphertextFormat {
  return model?.v1RowKey ? 'v2' : 'v1';
}

/** The columns a read needs to know what each of a table's ciphertexts is bound to. */
export function bindingColumns(model: EncryptedModel): string[] {
  return model.v1RowKey ? [model.rowKey, model.v1RowKey] : [model.rowKey];
}

/** The row key a stored ciphertext is bound to, by its format. */
export function boundRowKey(model: EncryptedModel, row: Record<string, unknown>, value: string): string {
  const column = model.v1RowKey && ciphertextFormat(value) === 'v1' ? model.v1RowKey : model.rowKey;
  return String(row[column]);
}

/** Relations written nested inside another model's create or update: field → child model, and how the
 * child's row key comes from the parent (a platform row is keyed by its concern). */
export const NESTED_WRITES: Record<string, Record<string, { table: string; fromParent?: string }>> = {
  Concern: {
    events: { table: 'ConcernEvent' },
    platforms: { table: 'ConcernPlatform', fromParent: 'id' },
    accountIdentifiers: { table: 'ConcernAccountIdentifier' },
    messages: { table: 'Message' },
    referrals: { table: 'Referral' },
    emails: { table: 'OutboxEmail' },
  },
};

/** SQL: the partnership whose key seals a row of `model` (aliased `t`), as text; NULL for the service's. */
export function ownerSql(model: EncryptedModel): string {
  switch (model.owner) {
    case 'partnership':
    case 'partnership-or-service':
      return `t."partnershipId"::text`;
    case 'concern':
      return `(SELECT c."partnershipId"::text FROM "Concern" c WHERE c.id = t."concernId")`;
    case 'service':
      return 'NULL::text';
  }
}
