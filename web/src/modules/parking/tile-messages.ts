import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the parking module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    parking: {
      tile: '停车',
    },
  },
  en: {
    parking: {
      tile: 'Parking',
    },
  },
});
