import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the projects module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    projects: {
      tile: '项目公示',
    },
  },
  en: {
    projects: {
      tile: 'Projects',
    },
  },
});
