import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ConfigProvider, DotLoading, reduceMotion, restoreMotion } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import enUS from 'antd-mobile/es/locales/en-US';
import { useTranslation } from 'react-i18next';
import { useReducedMotion } from '../app/prefs';
import { h5Modules } from '../modules/h5';
import { H5SessionProvider, useH5Session } from './session';
import { ViewMark } from '../components/ViewMark';
import { Shell } from './Shell';
import HomePage from './pages/HomePage';
import LoginPage from './pages/LoginPage';

// Sign-in and home come with the entry (one of them is every visit's first page); the rest when first opened.
const JoinPage = lazy(() => import('./pages/JoinPage'));
const PasswordPage = lazy(() => import('./pages/PasswordPage'));

export default function App() {
  const { i18n } = useTranslation();
  const still = useReducedMotion();
  useEffect(() => (still ? reduceMotion() : restoreMotion()), [still]);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <H5SessionProvider>
        <BrowserRouter basename="/h5">
          <ViewMark />
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/join" element={<JoinPage />} />
              <Route
                path="/"
                element={
                  <SignedIn>
                    <HomePage />
                  </SignedIn>
                }
              />
              <Route
                path="/password"
                element={
                  <SignedIn>
                    <PasswordPage />
                  </SignedIn>
                }
              />
              {h5Modules
                .flatMap((m) => m.routes)
                .map(({ path, page: Page, public: open }) => (
                  <Route
                    key={path}
                    path={`/${path}`}
                    element={
                      open ? (
                        <Page />
                      ) : (
                        <SignedIn>
                          <Page />
                        </SignedIn>
                      )
                    }
                  />
                ))}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </H5SessionProvider>
    </ConfigProvider>
  );
}

/**
 * While a page's code or the session loads: the same header as every page (so nothing jumps when the page
 * arrives, and the language and care-mode switches stay in reach) and a visible, announced loading text.
 */
function Loading() {
  const { t } = useTranslation();
  return (
    <Shell title={t('common.loading')}>
      <div className="h5-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    </Shell>
  );
}

function SignedIn({ children }: { children: React.ReactNode }) {
  const { me } = useH5Session();
  const loc = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  return <>{children}</>;
}
