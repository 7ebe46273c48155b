import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the evaluations module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    evaluations: {
      tile: '物业考评',
    },
  },
  en: {
    evaluations: {
      tile: 'Property evaluation',
    },
  },
});
