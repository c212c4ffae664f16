// The routing rules have one home (lib/routing/find-notification-recipients.ts and team-name-for.ts, as SQL
// fragments): readRoute's one statement and the small reads behind schoolTeam, frontDoorTeam and teamNameFor
// run the same fragments. Each rule is checked here through both, so a caller that stopped using them shows.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import {
  frontDoorTeam,
  schoolTeam,
  type NotificationRecipient,
} from '@/lib/routing/find-notification-recipients';
import { readRoute } from '@/lib/routing/read-route';
import { teamNameFor } from '@/lib/routing/team-name-for';
import { makeArea, makeStaff } from '../support/delivery';
import { makePartnership, makeSchool } from '../support/factories';

const route = (where: { schoolId: string | null; partnershipId: string }) =>
  getDb().$transaction((tx) => readRoute(tx, where));
const addresses = (recipients: NotificationRecipient[]) => recipients.map((r) => r.email).sort();
const byAddress = (recipients: NotificationRecipient[]) =>
  [...recipients].sort((a, b) => a.email.localeCompare(b.email));

describe('who is told, and what the team is called', () => {
  it('tells the school’s active DSLs and deputies, once each, and counts their memberships', async () => {
    const area = await makeArea();
    await makeStaff(area.partnership.id, 'DSL', area.school.id, false); // inactive: never told
    // The DSL is also a deputy: two memberships, one email.
    await getDb().membership.create({
      data: {
        userId: area.dsl.id,
        partnershipId: area.partnership.id,
        schoolId: area.school.id,
        role: 'DEPUTY_DSL',
      },
    });
    const routing = await route({ schoolId: area.school.id, partnershipId: area.partnership.id });
    expect(routing).toMatchObject({ route: 'SCHOOL', team: 3, teamName: area.school.name });
    expect(addresses(routing.recipients)).toEqual([area.deputy.email, area.dsl.email].sort());
    const team = await getDb().$transaction((tx) => schoolTeam(tx, area.school.id, ['DSL', 'DEPUTY_DSL']));
    expect(byAddress(team)).toEqual(byAddress(routing.recipients));
    const deputies = await getDb().$transaction((tx) => schoolTeam(tx, area.school.id, ['DEPUTY_DSL']));
    expect(addresses(deputies)).toEqual([area.deputy.email, area.dsl.email].sort());
  });

  it('gives a closed school no team: the front door is told, and the school still names it', async () => {
    const area = await makeArea();
    await getDb().school.update({ where: { id: area.school.id }, data: { active: false } });
    const routing = await route({ schoolId: area.school.id, partnershipId: area.partnership.id });
    expect(routing).toMatchObject({ route: 'FRONT_DOOR', team: 0, teamName: area.school.name });
    expect(addresses(routing.recipients)).toEqual(
      [area.frontDoor.email, area.partnership.frontDoorEmail!].sort(),
    );
    expect(await getDb().$transaction((tx) => schoolTeam(tx, area.school.id, ['DSL', 'DEPUTY_DSL']))).toEqual(
      [],
    );
    const name = await getDb().$transaction((tx) =>
      teamNameFor(tx, { partnershipId: area.partnership.id, schoolId: area.school.id }),
    );
    expect(name).toBe(area.school.name);
  });

  it('sends a shared mailbox that is also a member’s address (in other capitals) once, as the member', async () => {
    const partnership = await makePartnership({ name: 'Mailbox Partnership' });
    const member = await makeStaff(partnership.id, 'FRONT_DOOR');
    await makeStaff(partnership.id, 'FRONT_DOOR', null, false); // inactive: never told
    await getDb().partnership.update({
      where: { id: partnership.id },
      data: { frontDoorEmail: member.email.toUpperCase() },
    });
    const school = await makeSchool(partnership.id); // no team: the front door has it
    const routing = await route({ schoolId: school.id, partnershipId: partnership.id });
    expect(routing.route).toBe('FRONT_DOOR');
    expect(routing.recipients).toEqual([{ key: member.id, email: member.email }]);
    const team = await getDb().$transaction((tx) => frontDoorTeam(tx, partnership.id));
    expect(team).toEqual(routing.recipients);
    const unrouted = await route({ schoolId: null, partnershipId: partnership.id });
    expect(unrouted).toMatchObject({ route: 'FRONT_DOOR', teamName: 'Mailbox Partnership front door' });
    expect(unrouted.recipients).toEqual(team);
    const name = await getDb().$transaction((tx) =>
      teamNameFor(tx, { partnershipId: partnership.id, schoolId: null }),
    );
    expect(name).toBe('Mailbox Partnership front door');
  });

  it('routes a school to its own partnership, whichever partnership the caller names', async () => {
    const area = await makeArea();
    const other = await makeArea();
    const routing = await route({ schoolId: other.school.id, partnershipId: area.partnership.id });
    expect(routing.partnershipId).toBe(other.partnership.id);
    await getDb().membership.deleteMany({ where: { schoolId: other.school.id } });
    const noTeam = await route({ schoolId: other.school.id, partnershipId: area.partnership.id });
    expect(noTeam.partnershipId).toBe(other.partnership.id);
    expect(addresses(noTeam.recipients)).toEqual(
      [other.frontDoor.email, other.partnership.frontDoorEmail!].sort(),
    );
  });
});
