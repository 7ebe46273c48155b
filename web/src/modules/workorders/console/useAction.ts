import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/api';

/** Runs one request of a work-order page: a success message and a reload when it is done, the server's message when refused. */
export function useAction(reload: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (p: Promise<unknown>) => {
    try {
      await p;
      message.success(t('workorders.done'));
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
}
