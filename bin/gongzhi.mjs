#!/usr/bin/env node
// The `gongzhi` command. The server is TypeScript run through tsx's loader, so a checkout needs no build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../server/main.ts');
await main(process.argv.slice(2));
