// Harm categories are national so trends compare; a partnership may add its own, seen only by its parents,
// its cases and its trends. These tests try to cross that boundary from partnership B.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import { listCaseFilterOptions } from '@/lib/cases/list-case-filter-options';
import { NotFoundError } from '@/lib/errors';
import { createHarmCategory, updateHarmCategory } from '@/lib/reference-data/save-harm-category';
import { harmCategorySchema } from '@/lib/reference-data/reference-data-schema';
import { checkAnswerIds } from '@/lib/reporting/check-answer-ids';
import { listActiveHarmCategories } from '@/lib/reporting/list-report-choices';
import { NO_SCHOOL } from '@/lib/reporting/schemas';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import { parseTrendFilters } from '@/lib/trends/filters';
import { loadFilterOptions } from '@/lib/trends/load-filter-options';
import { makePartnership, makeSchool } from '../../support/factories';
import { makeStaff } from '../../support/case-staff';

const category = (name: string, active = 'yes') =>
  harmCategorySchema.parse({ name, hint: '', sortOrder: '50', active });

let n = 0;
let a: { id: string };
let b: { id: string; slug: string };
let adminB: SessionUser;
let dslA: SessionUser;
let national: { id: string; name: string };
let platformId: string;

beforeEach(async () => {
  n += 1;
  a = await makePartnership();
  b = await makePartnership();
  adminB = await makeStaff(b.id, [{ role: 'ADMIN' }], 'Bea');
  dslA = await makeStaff(a.id, [{ role: 'DSL', schoolId: (await makeSchool(a.id)).id }], 'Ann');
  national = await getDb().harmCategory.create({ data: { slug: `bullying-${n}`, name: `Bullying ${n}` } });
  platformId = (await getDb().platform.create({ data: { slug: `p-${n}`, name: `P ${n}` } })).id;
});

describe('harm categories a partnership adds for itself', () => {
  it('shows B’s addition on B’s question and trends, never on A’s question, trends or case filters', async () => {
    const own = await createHarmCategory(adminB.id, b.id, category(`Game scams ${n}`));
    expect(own).toMatchObject({ partnershipId: b.id, slug: `${b.slug}-game-scams-${n}` });

    const ids = async (list: Promise<{ id: string }[]>) => (await list).map((h) => h.id);
    expect(await ids(listActiveHarmCategories(b.id))).toContain(own.id);
    expect(await ids(listActiveHarmCategories(a.id))).not.toContain(own.id);
    expect(await ids(listActiveHarmCategories(a.id))).toContain(national.id);
    expect((await loadFilterOptions(getDb(), b.id)).harms.map((h) => h.id)).toContain(own.id);
    expect((await loadFilterOptions(getDb(), a.id)).harms.map((h) => h.id)).not.toContain(own.id);
    expect((await listCaseFilterOptions(dslA)).harms.map((h) => h.slug)).not.toContain(own.slug);
    expect((await listCaseFilterOptions(dslA)).harms.map((h) => h.slug)).toContain(`bullying-${n}`);
    // A's trends (and so their CSV) cannot be filtered by B's addition: it is not one of A's kinds of harm.
    const filterBy = async (id: string) =>
      parseTrendFilters({ harm: own.slug }, await loadFilterOptions(getDb(), id), new Date());
    expect(await filterBy(a.id)).toMatchObject({
      ok: false,
      errors: { harm: 'Choose a kind of harm from the list' },
    });
    expect(await filterBy(b.id)).toMatchObject({ ok: true, filters: { harmCategoryId: own.id } });
  });

  it('refuses a parent of A who names B’s addition, and takes it from a parent of B', async () => {
    const own = await createHarmCategory(adminB.id, b.id, category(`Game scams ${n}`));
    const answers = { platforms: [platformId], harms: [own.id], school: NO_SCHOOL[0] };
    const check = (partnershipId: string) =>
      getDb().$transaction((tx) => checkAnswerIds(tx, partnershipId, answers));
    await expect(check(a.id)).rejects.toThrow(/not in our lists/);
    expect((await check(b.id)).harmIds).toEqual([own.id]);
  });

  it('never names B’s addition on the "check your answers" page of A’s parent who forged its id', async () => {
    const own = await createHarmCategory(adminB.id, b.id, category(`Game scams ${n}`));
    const answers = { platforms: [platformId], harms: [own.id, national.id], school: NO_SCHOOL[0] };
    const named = async (partnershipId: string) =>
      JSON.stringify(await summariseAnswers(answers, partnershipId));
    expect(await named(a.id)).not.toContain(own.name);
    expect(await named(a.id)).toContain(national.name);
    expect(await named(b.id)).toContain(own.name);
  });

  it('lets B change only its own additions: national ones and A’s are "not found" and unchanged', async () => {
    const ofA = await getDb().harmCategory.create({
      data: { slug: `a-only-${n}`, name: `A only ${n}`, partnershipId: a.id },
    });
    await expect(updateHarmCategory(adminB.id, b.id, national.id, category('Renamed'))).rejects.toThrow(
      NotFoundError,
    );
    await expect(updateHarmCategory(adminB.id, b.id, ofA.id, category('Renamed', 'no'))).rejects.toThrow(
      NotFoundError,
    );
    const after = await getDb().harmCategory.findMany({ where: { id: { in: [national.id, ofA.id] } } });
    expect(after.map((h) => [h.name, h.active]).sort()).toEqual(
      [
        [`A only ${n}`, true],
        [`Bullying ${n}`, true],
      ].sort(),
    );

    const own = await createHarmCategory(adminB.id, b.id, category(`Game scams ${n}`));
    await updateHarmCategory(adminB.id, b.id, own.id, category(`Game scams ${n}`, 'no'));
    expect(await getDb().harmCategory.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      active: false,
    });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'harm-category.update', subjectId: own.id },
    });
    expect(audit.partnershipId).toBe(b.id);
  });

  it('keeps names unique per owner: no addition may take a national name; two partnerships may share one', async () => {
    await expect(createHarmCategory(adminB.id, b.id, category(national.name.toUpperCase()))).rejects.toThrow(
      `There is already a category called ${national.name}`,
    );
    await createHarmCategory(adminB.id, b.id, category(`Shared ${n}`));
    await expect(createHarmCategory(adminB.id, b.id, category(`shared ${n}`))).rejects.toThrow(/already/);
    await expect(createHarmCategory(adminB.id, a.id, category(`Shared ${n}`))).resolves.toMatchObject({
      partnershipId: a.id,
    });
  });
});
