import { Icon } from './Icon';

export function DragHandleIcon() {
  return (
    <Icon>
      {[5, 10, 15].map((y) => (
        <g key={y}>
          <circle cx="7.5" cy={y} r="1.1" fill="currentColor" stroke="none" />
          <circle cx="12.5" cy={y} r="1.1" fill="currentColor" stroke="none" />
        </g>
      ))}
    </Icon>
  );
}
