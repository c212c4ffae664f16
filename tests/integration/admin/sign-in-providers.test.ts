import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { signInProviderEditSchema, signInProviderSchema } from '@/lib/auth/providers/sign-in-provider-schema';
import {
  createSignInProvider,
  getSignInProvider,
  listSignInProviders,
  updateSignInProvider,
} from '@/lib/auth/providers/sign-in-providers';
import { makePartnership } from '../../support/factories';

const entra = {
  kind: 'entra',
  displayName: 'Microsoft',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  issuerUrl: '',
  clientId: 'client-1',
  clientSecret: 'very-secret-value',
  allowedDomains: 'oakfield.example\nMillbrook.example, oakfield.example',
  mfaClaim: '',
  requireOurTotp: 'no',
  enabled: 'yes',
};

const makeActor = () =>
  getDb().staffUser.create({ data: { email: `admin-${randomUUID()}@example.org`, name: 'A' } });

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe('sign-in providers of a partnership', () => {
  it('are saved with the secret encrypted, only in the administrator’s own partnership, audited', async () => {
    const mine = await makePartnership({ name: 'Northshire' });
    const other = await makePartnership({ name: 'Southvale' });
    const actor = await makeActor();
    const input = signInProviderSchema.parse(entra);
    expect(input).toMatchObject({
      kind: 'ENTRA',
      issuer: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      allowedDomains: ['oakfield.example', 'millbrook.example'],
      mfaClaim: 'amr',
      requireOurTotp: false,
      enabled: true,
    });
    const { id } = await createSignInProvider(actor.id, mine.id, input);

    const [raw] = await getDb().$queryRaw<{ clientSecret: string }[]>`
      SELECT "clientSecret" FROM "SignInProvider" WHERE id = ${id}::uuid`;
    expect(raw!.clientSecret).toMatch(/^enc:v[12]:/);
    expect(raw!.clientSecret).not.toContain('very-secret-value');

    const shown = await getSignInProvider(mine.id, id);
    expect(shown).toMatchObject({ displayName: 'Microsoft', clientId: 'client-1' });
    expect(shown).not.toHaveProperty('clientSecret');
    expect(await getSignInProvider(other.id, id)).toBeNull();
    expect(await listSignInProviders(other.id)).toEqual([]);
    await expect(
      updateSignInProvider(actor.id, other.id, id, { ...input, displayName: 'Taken over' }),
    ).rejects.toThrow('no longer on the list');

    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'sign-in-provider.create', subjectId: id },
    });
    expect(audit).toMatchObject({ partnershipId: mine.id, subjectId: id, actorId: actor.id });
    expect(JSON.stringify(audit.detail)).not.toContain('very-secret-value');
  });

  it('keeps the saved secret when the edit leaves it blank, and records what changed', async () => {
    const mine = await makePartnership({ name: 'Northshire' });
    const actor = await makeActor();
    const { id } = await createSignInProvider(actor.id, mine.id, signInProviderSchema.parse(entra));
    const edit = signInProviderEditSchema.parse({ ...entra, id, clientSecret: '', enabled: 'no' });
    await updateSignInProvider(actor.id, mine.id, id, edit);

    const row = await getDb().signInProvider.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ clientSecret: 'very-secret-value', enabled: false });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'sign-in-provider.update', subjectId: id },
    });
    expect(audit.detail).toEqual({ changed: ['enabled'] });
  });

  it('refuses a second sign-in with the same name in one partnership', async () => {
    const mine = await makePartnership({ name: 'Northshire' });
    const actor = await makeActor();
    await createSignInProvider(actor.id, mine.id, signInProviderSchema.parse(entra));
    await expect(
      createSignInProvider(
        actor.id,
        mine.id,
        signInProviderSchema.parse({ ...entra, displayName: 'MICROSOFT' }),
      ),
    ).rejects.toThrow('There is already a sign-in called Microsoft');
  });
});

describe('the sign-in provider form', () => {
  it('asks for what each kind needs, in plain words', () => {
    expect(errorsOf(signInProviderSchema.safeParse({ ...entra, tenantId: 'not a tenant' }))).toEqual({
      tenantId: 'Enter the directory (tenant) ID, like 72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
    expect(
      errorsOf(signInProviderSchema.safeParse({ ...entra, kind: 'google', allowedDomains: '' })),
    ).toEqual({ allowedDomains: 'Enter your Google Workspace email domain, like school.example' });
    expect(
      errorsOf(signInProviderSchema.safeParse({ ...entra, kind: 'oidc', issuerUrl: 'http://idp.example' })),
    ).toEqual({ issuerUrl: 'Enter the issuer address, starting with https://' });
    expect(errorsOf(signInProviderSchema.safeParse({ ...entra, clientSecret: ' ' }))).toEqual({
      clientSecret: 'Enter the client secret',
    });
    expect(errorsOf(signInProviderSchema.safeParse({ ...entra, allowedDomains: 'not a domain' }))).toEqual({
      allowedDomains: 'Enter email domains like school.example, one per line',
    });
    expect(errorsOf(signInProviderSchema.safeParse({ ...entra, mfaClaim: 'amr; drop' }))).toEqual({
      mfaClaim: 'Enter the claim name in letters and numbers, like amr',
    });
    expect(errorsOf(signInProviderSchema.safeParse({ ...entra, extra: 'x' }))).not.toEqual({});
    expect(
      signInProviderSchema.parse({ ...entra, kind: 'oidc', issuerUrl: 'https://idp.example/realm' }),
    ).toMatchObject({ kind: 'OIDC', issuer: 'https://idp.example/realm' });
  });
});
