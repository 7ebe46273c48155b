import { describe, expect, it } from 'vitest';
import { api, demoPassword, expectAccessible, field, signIn, useBrowser } from './support/browser';
import { answer } from './support/answers';

const CONSOLE_ACCOUNTS = [
  'admin',
  'secretary',
  'staff',
  'property',
  'committee1',
  'committee2',
  'committee3',
  'committee4',
  'committee5',
  'leader1',
];

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

  it('修改密码: in the console a mismatch and a wrong current password are refused on the form; the change signs the other devices out; on the phone it is changed back', async () => {
    const other = await api('committee5');
    const next = `${demoPassword}-新的2026`;
    const page = await b.page({ as: 'committee5' });
    await page.getByTestId('password-change').click();
    await field(page, 'password-old').fill('not-the-password');
    await field(page, 'password-new').fill(next);
    await field(page, 'password-again').fill(`${next}x`);
    await page.getByTestId('password-form-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').first().textContent())
      .toBe('两次输入的新密码不一致');
    await field(page, 'password-again').fill(next);
    await page.getByTestId('password-form-submit').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('原密码不正确');
    expect((await other.get('/api/me')).status()).toBe(200);
    await field(page, 'password-old').fill(demoPassword);
    await page.getByTestId('password-form-submit').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('密码已修改');
    expect((await other.get('/api/me')).status(), 'the other session ends').toBe(401);
    expect((await page.request.get('/api/me')).status(), 'this one stays').toBe(200);
    await other.dispose();

    const phone = await b.page({ h5: true, viewport: { width: 390, height: 844 } });
    await signIn(phone, 'committee5', { h5: true, password: next });
    await phone.getByTestId('to-password').click();
    await phone.waitForURL('**/h5/password');
    await field(phone, 'password-old').fill(next);
    await field(phone, 'password-new').fill('short');
    await field(phone, 'password-again').fill('short');
    await phone.getByTestId('password-submit').click();
    await expect.poll(() => phone.locator('.adm-form-item-feedback-error').first().textContent()).toBe('密码至少10位');
    await field(phone, 'password-new').fill(demoPassword);
    await field(phone, 'password-again').fill(demoPassword);
    await phone.getByTestId('password-submit').click();
    await expect.poll(() => phone.getByTestId('password-done').textContent()).toContain('密码已修改');
    await expectAccessible(phone, 'H5 password changed');
    await (await api('committee5')).dispose();
  });
});
