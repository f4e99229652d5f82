import { Icon } from './Icon';

export function EyeIcon() {
  return (
    <Icon>
      <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10Z" />
      <circle cx="10" cy="10" r="2.4" />
    </Icon>
  );
}
