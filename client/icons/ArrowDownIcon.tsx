import { Icon } from './Icon';

export function ArrowDownIcon() {
  return (
    <Icon>
      <path d="M10 4.5v11M5.5 11 10 15.5 14.5 11" />
    </Icon>
  );
}
