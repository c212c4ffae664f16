'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import {
  addPartnershipHost,
  makePartnershipHostPrimary,
  removePartnershipHost,
} from '@/lib/partnerships/change-partnership-hosts';
import { createPartnership } from '@/lib/partnerships/create-partnership';
import { partnershipHostSchema, partnershipSchema } from '@/lib/partnerships/partnership-schema';

export const addPartnership = defineAction({
  name: 'partnership.create',
  schema: partnershipSchema,
  authorise: () => requirePermission('service.operate'),
  run: async (input, user) => {
    // createPartnership checks the form again (the command line has no action around it).
    await createPartnership(user.id, {
      ...input,
      hostnames: input.hostnames.join('\n'),
      frontDoorEmail: input.frontDoorEmail ?? '',
    });
    revalidatePath('/operator/partnerships');
    return {
      ok: true,
      message: `${input.name} has been added. Its administrator has been sent an invitation.`,
    };
  },
});

export const addPartnershipHostAction = defineAction({
  name: 'partnership.host.create',
  schema: partnershipHostSchema,
  authorise: () => requirePermission('service.operate'),
  run: async (input, user) => {
    await addPartnershipHost(user.id, input);
    revalidatePath('/operator/partnerships');
    return { ok: true, message: `${input.hostname} has been added. Point it at this service in DNS.` };
  },
});

export const removePartnershipHostAction = defineAction({
  name: 'partnership.host.delete',
  schema: partnershipHostSchema,
  authorise: () => requirePermission('service.operate'),
  run: async (input, user) => {
    await removePartnershipHost(user.id, input);
    revalidatePath('/operator/partnerships');
    return { ok: true, message: `${input.hostname} has been removed` };
  },
});

export const makePartnershipHostPrimaryAction = defineAction({
  name: 'partnership.host.primary',
  schema: partnershipHostSchema,
  authorise: () => requirePermission('service.operate'),
  run: async (input, user) => {
    await makePartnershipHostPrimary(user.id, input);
    revalidatePath('/operator/partnerships');
    return { ok: true, message: `Email links now use ${input.hostname}` };
  },
});
