import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { formatShortcut } from './formatShortcut';
import { isMacPlatform } from './isMacPlatform';

/** Formats keymap bindings for tooltips in the current language and platform. */
export function useShortcutLabel(): (binding: string) => string {
  const t = useT();
  return useCallback((binding: string) => formatShortcut(binding, t, isMacPlatform()), [t]);
}
