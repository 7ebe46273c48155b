import { Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { App as AntApp, ConfigProvider, Spin, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { useCare, useReducedMotion } from '../app/prefs';
import { consoleModules } from '../modules/console';
import { allowed } from './registry';
import { SessionProvider, useSession } from './session';
import { ViewMark } from '../components/ViewMark';
import ConsoleLayout from './ConsoleLayout';
import LoginPage from './LoginPage';
import NotAllowed from './NotAllowed';

// Colours chosen for WCAG AA contrast on white (antd's defaults for primary and secondary text fall short).
const base: ThemeConfig['token'] = {
  colorPrimary: '#0b57d0',
  colorLink: '#0b57d0',
  // antd lightens primary on hover, which drops white text below 4.5:1; darken instead.
  colorPrimaryHover: '#0842a0',
  colorPrimaryActive: '#06357f',
  colorLinkHover: '#0842a0',
  colorLinkActive: '#06357f',
  colorTextSecondary: 'rgba(0,0,0,0.68)',
  colorTextTertiary: 'rgba(0,0,0,0.62)',
  colorTextDescription: 'rgba(0,0,0,0.62)',
  colorTextPlaceholder: 'rgba(0,0,0,0.56)',
  colorTextQuaternary: 'rgba(0,0,0,0.56)',
  colorError: '#c42b1c',
  borderRadius: 6,
};
const care: ThemeConfig['token'] = {
  fontSize: 18,
  controlHeight: 44,
  colorText: '#000',
  colorTextSecondary: '#222',
  colorBorder: '#555',
};

export default function App() {
  const { i18n } = useTranslation();
  const careOn = useCare();
  const still = useReducedMotion();
  const theme = useMemo<ThemeConfig>(
    () => ({ token: { ...base, ...(careOn ? care : {}), ...(still ? { motion: false } : {}) } }),
    [careOn, still],
  );
  // virtual={false}: with virtual scrolling, a Select's visible options are divs with aria-selected but no role (the
  // role="option" copies sit in a hidden list), which screen readers cannot use and axe reports as a critical
  // violation whenever a dropdown is open. Every option list here is short (at most 100 buildings), so nothing is lost.
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} virtual={false}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <ViewMark />
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<RequireSession />}>
                {consoleModules
                  .flatMap((m) => m.routes)
                  .map((r) => (
                    <Route
                      key={r.path}
                      path={r.path || undefined}
                      index={!r.path}
                      element={<Guard roles={r.roles} page={r.page} />}
                    />
                  ))}
                <Route path="*" element={<NotAllowed notFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function RequireSession() {
  const { me } = useSession();
  const loc = useLocation();
  if (me === undefined) return <Spin fullscreen />;
  if (me === null) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  return <ConsoleLayout />;
}

function Guard({ roles, page: Page }: { roles?: readonly string[]; page: React.ComponentType }) {
  const s = useSession();
  if (!s.communityId) return <NotAllowed />;
  if (!allowed(roles, s.roles, s.platformAdmin)) return <NotAllowed />;
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page key={s.communityId} />
    </Suspense>
  );
}
