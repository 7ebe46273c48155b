import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown for an unknown route, or one the user's roles don't open (residents are pointed to their H5). */
export default function NotAllowed({ notFound }: { notFound?: boolean }) {
  const { t } = useTranslation();
  return (
    <Result
      status={notFound ? '404' : '403'}
      title={<h1 className="result-title">{t(notFound ? 'common.notFound' : 'common.notAllowed')}</h1>}
      extra={
        !notFound && (
          <a href="/h5/" data-testid="to-h5">
            {t('common.toResident')}
          </a>
        )
      }
    />
  );
}
