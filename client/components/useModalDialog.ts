import { useEffect, useRef } from 'react';
import type { SyntheticEvent } from 'react';

/**
 * A native <dialog> that is modal while its component is mounted. Escape
 * asks the owner to unmount it (onClose) instead of closing it natively: a
 * closed-but-mounted dialog would be stuck. Spread the result on the dialog.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onClose();
    },
  };
}
