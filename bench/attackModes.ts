/** What a bench attacker sends (see bench/attacker.ts). */
export const ATTACK_MODES = ['small', 'big', 'pending', 'empty', 'oversize'] as const;
export type AttackMode = (typeof ATTACK_MODES)[number];
