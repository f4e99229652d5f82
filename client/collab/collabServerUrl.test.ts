import { describe, expect, it } from 'vitest';
import { collabServerUrl } from './collabServerUrl';

describe('collabServerUrl', () => {
  it('uses ws for http and keeps the port', () => {
    expect(collabServerUrl({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173/collab');
  });

  it('uses wss for https', () => {
    expect(collabServerUrl({ protocol: 'https:', host: 'protokoll.example.se' })).toBe('wss://protokoll.example.se/collab');
  });
});
