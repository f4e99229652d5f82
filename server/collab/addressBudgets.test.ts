import { describe, expect, it } from 'vitest';
import { AddressBudgets } from './addressBudgets';

describe('AddressBudgets', () => {
  it('makes every socket of one address rest once they have spent its share together, and leaves other addresses alone', () => {
    let now = 0;
    const budgets = new AddressBudgets(100, 2, () => now);
    const first = budgets.acquire('198.51.100.7');
    const second = budgets.acquire('198.51.100.7');
    const elsewhere = budgets.acquire('203.0.113.9');
    // Two seconds of share at once (200 ms), spent by two sockets together.
    expect(first.spend(150)).toBe(0);
    expect(second.spend(100)).toBe(500);
    expect(first.spend(0)).toBe(500);
    expect(elsewhere.spend(150)).toBe(0);
    now += 500;
    expect(second.spend(0)).toBe(0);
  });

  it('keeps an address that still owes after its last socket closed, so reconnecting buys no fresh share', () => {
    let now = 0;
    const budgets = new AddressBudgets(100, 2, () => now);
    const socket = budgets.acquire('198.51.100.7');
    expect(socket.spend(400)).toBe(2000);
    socket.release();
    expect(budgets.size).toBe(1);
    const again = budgets.acquire('198.51.100.7');
    expect(again.spend(0)).toBe(2000);
    again.release();
    now += 2000;
    // Paid off and without sockets: forgotten at the next look.
    budgets.acquire('203.0.113.9').release();
    expect(budgets.size).toBe(0);
  });
});
