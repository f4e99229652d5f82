import { Icon } from './Icon';

export function RedoIcon() {
  return (
    <Icon>
      <path d="M12.5 5 16 8.5 12.5 12" />
      <path d="M16 8.5H8a4 4 0 0 0 0 8h3" />
    </Icon>
  );
}
