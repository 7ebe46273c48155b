import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('GONGZHI_JOBS_EVERY_MS', () => {
  it('is unset by default (each job keeps its own interval), a whole number of at least 100 ms when set', () => {
    expect(loadConfig({}).jobsEveryMs).toBeUndefined();
    expect(loadConfig({ GONGZHI_JOBS_EVERY_MS: '500' }).jobsEveryMs).toBe(500);
    expect(() => loadConfig({ GONGZHI_JOBS_EVERY_MS: '50' })).toThrow(/GONGZHI_JOBS_EVERY_MS/);
    expect(() => loadConfig({ GONGZHI_JOBS_EVERY_MS: 'often' })).toThrow(/GONGZHI_JOBS_EVERY_MS/);
  });
});
