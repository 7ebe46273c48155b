import { useMemo } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Layout, Menu, Select, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CareSwitch, LanguageSwitch } from '../components/Prefs';
import { consoleModules } from '../modules/console';
import { allowed, type ConsoleMenuItem } from './registry';
import { useSession } from './session';
import { PasswordButton } from './PasswordButton';

type Item = Required<MenuProps>['items'][number];

/** Side menu (only built features the user's roles open), top bar with community, language, care mode and logout. */
export default function ConsoleLayout() {
  const { t } = useTranslation();
  const s = useSession();
  const nav = useNavigate();
  const loc = useLocation();

  const { items, paths } = useMemo(() => {
    const paths = new Map<string, string>();
    const build = (list: ConsoleMenuItem[]): Item[] =>
      list
        .filter((m) => allowed(m.roles, s.roles, s.platformAdmin))
        .map((m) => {
          if (m.path !== undefined) paths.set(m.key, m.path);
          const label = <span data-testid={`menu-${m.key}`}>{t(m.label)}</span>;
          return m.children
            ? { key: m.key, label, icon: m.icon, children: build(m.children) }
            : { key: m.key, label, icon: m.icon };
        })
        .filter((m) => !('children' in m) || (m.children?.length ?? 0) > 0);
    return { items: build(consoleModules.flatMap((m) => m.menu)), paths };
  }, [s.roles, s.platformAdmin, t]);

  // The longest menu path that prefixes the location is the selected entry.
  const selected = [...paths.entries()]
    .filter(([, p]) => loc.pathname === `/${p}` || (p && loc.pathname.startsWith(`/${p}/`)))
    .sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const openKeys = consoleModules
    .flatMap((m) => m.menu)
    .filter((m) => m.children)
    .map((m) => m.key);

  const communityOptions = (s.communities.length ? s.communities : (s.me?.communities ?? [])).map((c) => ({
    value: c.id,
    label: c.name,
  }));

  return (
    <Layout className="console">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Layout.Sider width={220} theme="light" className="console-sider">
        <div className="console-brand">{t('common.appName')}</div>
        <nav aria-label={t('nav.main')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={openKeys}
            onClick={(e) => {
              const p = paths.get(e.key);
              if (p !== undefined) nav(`/${p}`);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <label className="console-community">
            <span className="sr-only">{t('common.community')}</span>
            <Select
              aria-label={t('common.community')}
              data-testid="community-switch"
              value={s.communityId}
              options={communityOptions}
              onChange={(v) => s.setCommunityId(v)}
              style={{ minWidth: 180 }}
              popupMatchSelectWidth={false}
            />
          </label>
          <div className="console-header-tools">
            {consoleModules.map((m) => m.header && <m.header key={m.name} />)}
            <LanguageSwitch />
            <CareSwitch />
            <span className="console-user" data-testid="current-user">
              {s.me?.user.displayName}
            </span>
            <PasswordButton />
            <Button data-testid="logout" onClick={() => void s.logout()}>
              {t('common.logout')}
            </Button>
          </div>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="console-main">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
