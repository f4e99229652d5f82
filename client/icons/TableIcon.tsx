import { Icon } from './Icon';

export function TableIcon() {
  return (
    <Icon>
      <rect x="3" y="4" width="14" height="12" rx="1.5" />
      <path d="M3 8h14M3 12h14M8 8v8M12.5 8v8" />
    </Icon>
  );
}
