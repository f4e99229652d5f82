import type { sv } from './sv';

/** Every translatable string has one key; Swedish defines the set. */
export type MessageKey = keyof typeof sv;

/** A dictionary for one language: exactly the Swedish keys, all strings. */
export type Dictionary = Record<MessageKey, string>;
