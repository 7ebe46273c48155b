import { addMessages } from '../../app/i18n';

/** The home tiles' labels of the workorders module, loaded with the H5's entry; the rest of its strings come with its pages (`messages.ts`). */
addMessages({
  'zh-CN': {
    workorders: {
      tileDuty: '物业值班',
      tileRepairs: '维修验收',
    },
  },
  en: {
    workorders: {
      tileDuty: 'Property on duty',
      tileRepairs: 'Accept repairs',
    },
  },
});
