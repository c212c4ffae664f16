import { expect, test } from '@playwright/test';
import { signInAs } from './sign-in';

test('the sign-in fixture gives a session the app accepts', async ({ context, page, baseURL }) => {
  await signInAs(context, 'dsl.oakfield@northshire.example', baseURL as string);
  const response = await page.request.get('/api/auth/session');
  const body = (await response.json()) as { sid?: string };
  expect(body.sid).toMatch(/^[0-9a-f-]{36}$/);
});

test('a forged session cookie is not accepted', async ({ context, page, baseURL }) => {
  await context.addCookies([{ name: 'sg.session', value: 'forged', url: baseURL as string }]);
  const response = await page.request.get('/api/auth/session');
  expect(await response.json()).toEqual({});
});
