import type { SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { ReactRenderer } from '@tiptap/react';
import type { ComponentType } from 'react';
import type { MenuHandle, MenuProps } from './MenuHandle';

/**
 * The render hooks of a TipTap suggestion that show `Menu` (a React
 * component in the editor's tree, so it has i18n and meeting data) in a
 * floating popup at the caret, and hand it the arrow keys and Enter.
 */
export function popupRender<I>(Menu: ComponentType<MenuProps<I>>, className: string): NonNullable<SuggestionOptions<I, I>['render']> {
  return () => {
    let renderer: ReactRenderer<MenuHandle, MenuProps<I>> | null = null;
    let unmount: (() => void) | null = null;
    const toProps = (props: SuggestionProps<I, I>): MenuProps<I> => ({ items: props.items, query: props.query, onPick: (item) => props.command(item) });
    return {
      onStart: (props) => {
        renderer = new ReactRenderer(Menu, { editor: props.editor, props: toProps(props), className: `suggestion-popup ${className}` });
        unmount = props.mount(renderer.element);
      },
      onUpdate: (props) => renderer?.updateProps(toProps(props)),
      onKeyDown: ({ event }) => (event.key === 'Escape' ? true : (renderer?.ref?.onKeyDown(event) ?? false)),
      onExit: () => {
        unmount?.();
        unmount = null;
        renderer?.destroy();
        renderer = null;
      },
    };
  };
}
