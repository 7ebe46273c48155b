import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the tickets module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    tickets: {
      tileNew: '我要报事',
      tileMine: '我的诉求',
      tileBoard: '诉求公示',
    },
  },
  en: {
    tickets: {
      tileNew: 'Report a problem',
      tileMine: 'My tickets',
      tileBoard: 'Public board',
    },
  },
});
