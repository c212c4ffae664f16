// The invite form, shared by the page and the server action.
import { z } from 'zod';
import { deliverableEmail, freeText } from '@/lib/actions/text-fields';

export const SCHOOL_ROLES = ['DSL', 'DEPUTY_DSL'] as const;
export const PARTNERSHIP_ROLES = ['FRONT_DOOR', 'PARTNERSHIP_STAFF', 'ADMIN', 'DPO'] as const;

export const ROLE_LABELS = {
  DSL: 'Designated safeguarding lead (DSL) at a school',
  DEPUTY_DSL: 'Deputy DSL at a school',
  FRONT_DOOR: 'Front-door (MASH) team',
  PARTNERSHIP_STAFF: 'Partnership staff (trends only)',
  ADMIN: 'Administrator',
  DPO: 'Data protection officer',
} as const;

export const invitationSchema = z
  .strictObject({
    name: freeText().min(1, 'Enter their full name').max(200, 'Name must be 200 characters or fewer'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(320, 'Email address must be 320 characters or fewer')
      .pipe(deliverableEmail('Enter an email address in the correct format, like name@example.org')),
    role: z.enum([...SCHOOL_ROLES, ...PARTNERSHIP_ROLES], { error: 'Select the role' }),
    schoolId: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const needsSchool = (SCHOOL_ROLES as readonly string[]).includes(value.role);
    if (needsSchool && !/^[0-9a-f-]{36}$/.test(value.schoolId ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['schoolId'], message: 'Select the school' });
    }
  })
  .transform((value) => ({
    ...value,
    schoolId: (SCHOOL_ROLES as readonly string[]).includes(value.role) ? value.schoolId! : null,
  }));

export type InvitationInput = z.infer<typeof invitationSchema>;
export const INVITATION_FIELD_ORDER = ['name', 'email', 'role', 'schoolId'];
