import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the notifications module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    notifications: {
      tile: '我的消息',
    },
  },
  en: {
    notifications: {
      tile: 'My messages',
    },
  },
});
