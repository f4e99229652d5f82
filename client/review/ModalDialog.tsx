import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  testId?: string;
  wide?: boolean;
  children: ReactNode;
}

/** A native modal dialog that is open while mounted; Escape asks the owner to unmount it. */
export function ModalDialog({ title, onClose, testId, wide = false, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={wide ? 'review-dialog is-wide' : 'review-dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // The owner decides whether the dialog goes away; a closed-but-mounted dialog would be stuck.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
