import { Icon } from './Icon';

export function UndoIcon() {
  return (
    <Icon>
      <path d="M7.5 5 4 8.5 7.5 12" />
      <path d="M4 8.5h8a4 4 0 0 1 0 8H9" />
    </Icon>
  );
}
