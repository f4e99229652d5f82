import { describe, expect, it } from 'vitest';
import { versionProblem } from './clientVersions';

describe('versionProblem', () => {
  const served = { min: 2, max: 3 };

  it('serves every version in the range, and a caller that sends none', () => {
    expect(versionProblem('2', served)).toBeNull();
    expect(versionProblem('3', served)).toBeNull();
    expect(versionProblem(null, served)).toBeNull();
    expect(versionProblem(undefined, served)).toBeNull();
  });

  it('says whether the page is older or newer than what is served, and to reload', () => {
    expect(versionProblem('1', served)).toBe('the page is an older version (1) than this server serves (2–3); reload the page');
    expect(versionProblem('4', { min: 4, max: 4 })).toBeNull();
    expect(versionProblem('5', { min: 4, max: 4 })).toBe('the page is a newer version (5) than this server serves (4); reload the page');
  });

  it('refuses what is not a version, quoting at most a few characters of it', () => {
    expect(versionProblem('', served)).toContain('is not a number');
    expect(versionProblem('2.5', served)).toContain('is not a number');
    expect(versionProblem('x'.repeat(500), served)!.length).toBeLessThan(100);
  });
});
