import { z } from 'zod';

export const LoginBody = z.strictObject({
  login: z.string().trim().min(1).max(64).describe('Login name or mobile phone'),
  password: z.string().min(1).max(200),
});

export const PasswordChangeBody = z.strictObject({
  oldPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200).describe('At least 10 characters, not one of the most common passwords'),
});

export const MeResponse = z.object({
  user: z.object({ id: z.string(), login: z.string(), displayName: z.string(), platformAdmin: z.boolean() }),
  communities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      roles: z.array(z.string()),
      residentId: z.string().nullable(),
      householdId: z.string().nullable(),
    }),
  ),
});
export type Me = z.infer<typeof MeResponse>;
