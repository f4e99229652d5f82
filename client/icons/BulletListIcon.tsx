import { Icon } from './Icon';

export function BulletListIcon() {
  return (
    <Icon>
      <circle cx="4.5" cy="5.5" r="0.9" fill="currentColor" />
      <circle cx="4.5" cy="10" r="0.9" fill="currentColor" />
      <circle cx="4.5" cy="14.5" r="0.9" fill="currentColor" />
      <path d="M8 5.5h8.5M8 10h8.5M8 14.5h8.5" />
    </Icon>
  );
}
