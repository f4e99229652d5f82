import { useId } from 'react';
import type { ReactNode } from 'react';
import { useModalDialog } from '../components/useModalDialog';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  testId?: string;
  wide?: boolean;
  children: ReactNode;
}

/** A native modal dialog that is open while mounted; Escape asks the owner to unmount it. */
export function ModalDialog({ title, onClose, testId, wide = false, children }: ModalDialogProps) {
  const dialog = useModalDialog(onClose);
  const titleId = useId();

  return (
    <dialog
      {...dialog}
      className={wide ? 'review-dialog is-wide' : 'review-dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
