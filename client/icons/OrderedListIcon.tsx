import { Icon } from './Icon';

export function OrderedListIcon() {
  return (
    <Icon>
      <path d="M3.5 4.5 4.8 3.8v3.7" strokeWidth="1.2" />
      <path d="M3.6 12h2.1L3.6 14.6h2.3" strokeWidth="1.2" />
      <path d="M8.5 5.5h8M8.5 10h8M8.5 14.5h8" />
    </Icon>
  );
}
