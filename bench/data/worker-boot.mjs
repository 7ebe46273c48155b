// A generator thread starts here: the TypeScript loader is registered in the thread first (a
// worker's --import hooks are not ready in time for its entry module on Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
