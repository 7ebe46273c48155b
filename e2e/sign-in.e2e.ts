import { describe, expect, it } from 'vitest';
import { expectAccessible, field, signIn, useBrowser } from './support/browser';
import { answer } from './support/answers';

const CONSOLE_ACCOUNTS = ['admin', 'secretary', 'staff', 'property', 'committee1', 'committee2', 'committee3', 'committee4', 'committee5', 'leader1'];

describe('sign-in', () => {
  const b = useBrowser();

  it('the login page is accessible, and a wrong password shows the error and keeps you there', async () => {
    const page = await b.page();
    await page.goto('/login');
    await expectAccessible(page, 'console login');
    await field(page, 'login-name').fill('staff');
    await field(page, 'login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/账号或密码|密码/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectAccessible(page, 'console login with an error');
  });

  it.each(CONSOLE_ACCOUNTS)('%s signs in to the console and sees their name', async (login) => {
    const page = await b.page();
    await signIn(page, login);
    const me = await answer<'/api/me'>(page.request.get('/api/me'));
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe(me.user.displayName);
    if (login === 'staff' || login === 'admin') await expectAccessible(page, `console home as ${login}`);
  });

  it('resident1 signs in on the resident H5 as a household representative', async () => {
    const page = await b.page({ h5: true, viewport: { width: 390, height: 844 } });
    await page.goto('/h5/login');
    await expectAccessible(page, 'H5 login');
    await signIn(page, 'resident1', { h5: true });
    const me = await answer<'/api/me'>(page.request.get('/api/me'));
    expect(me.communities[0].roles).toEqual(expect.arrayContaining(['resident', 'representative']));
    await expect.poll(() => page.locator('body').textContent()).toContain(me.user.displayName);
    await expectAccessible(page, 'H5 home as resident1');
  });
});
