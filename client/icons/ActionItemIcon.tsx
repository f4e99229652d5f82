import { Icon } from './Icon';

/** A ticked box: a task someone takes on. */
export function ActionItemIcon() {
  return (
    <Icon>
      <rect x="3.5" y="4" width="9" height="9" rx="1.5" />
      <path d="m5.8 8.6 1.7 1.7 3-3.3" />
      <path d="M15 7.5v9M12 16.5h6" />
    </Icon>
  );
}
