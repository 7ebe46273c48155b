import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the volunteers module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    volunteers: {
      tile: '志愿活动',
    },
  },
  en: {
    volunteers: {
      tile: 'Activities',
    },
  },
});
