import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the consultations module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    consultations: {
      tile: '征询投票',
    },
  },
  en: {
    consultations: {
      tile: 'Consultations',
    },
  },
});
