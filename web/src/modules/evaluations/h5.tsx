import { StarOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./evaluations.css'),
);

/** 物业考评 on the phone: committee members score the open round; everyone reads closed results. */
const evaluations: H5Module = {
  name: 'evaluations',
  routes: [
    { path: 'evaluations', page: page(() => import('./h5/ListPage')) },
    { path: 'evaluations/:id', page: page(() => import('./h5/ScorePage')) },
  ],
  tiles: [{ key: 'evaluations', label: 'evaluations.tile', path: 'evaluations', icon: <StarOutline /> }],
};
export default evaluations;
