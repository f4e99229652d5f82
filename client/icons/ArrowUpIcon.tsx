import { Icon } from './Icon';

export function ArrowUpIcon() {
  return (
    <Icon>
      <path d="M10 15.5v-11M5.5 9 10 4.5 14.5 9" />
    </Icon>
  );
}
