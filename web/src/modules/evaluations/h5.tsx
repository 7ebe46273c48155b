import { StarOutline } from 'antd-mobile-icons';
import { lazy } from 'react';
import type { H5Module } from '../../h5/registry';
import './messages';
import './evaluations.css';

/** 物业考评 on the phone: committee members score the open round; everyone reads closed results. */
const evaluations: H5Module = {
  name: 'evaluations',
  routes: [
    { path: 'evaluations', page: lazy(() => import('./h5/ListPage')) },
    { path: 'evaluations/:id', page: lazy(() => import('./h5/ScorePage')) },
  ],
  tiles: [{ key: 'evaluations', label: 'evaluations.tile', path: 'evaluations', icon: <StarOutline /> }],
};
export default evaluations;
