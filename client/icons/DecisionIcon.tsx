import { Icon } from './Icon';

/** A gavel: the meeting decides. */
export function DecisionIcon() {
  return (
    <Icon>
      <path d="m9.5 3.5 5 5M7.5 5.5l5 5M8.5 4.5l-2 2 5 5 2-2" />
      <path d="m9 9-5.5 5.5a1.4 1.4 0 0 0 2 2L11 11" />
      <path d="M11 16.5h6" />
    </Icon>
  );
}
