import { FileOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./projects.css'),
);

/** 项目公示 for residents: the community's published projects, each opening its public disclosure. */
const projects: H5Module = {
  name: 'projects',
  routes: [{ path: 'projects', page: page(() => import('./h5/ListPage')) }],
  tiles: [{ key: 'projects', label: 'projects.tile', path: 'projects', icon: <FileOutline /> }],
};
export default projects;
