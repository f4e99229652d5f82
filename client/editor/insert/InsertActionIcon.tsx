import { useT } from '../../i18n/useT';
import { ActionItemIcon } from '../../icons/ActionItemIcon';
import { BulletListIcon } from '../../icons/BulletListIcon';
import { DecisionIcon } from '../../icons/DecisionIcon';
import { OrderedListIcon } from '../../icons/OrderedListIcon';
import { TableIcon } from '../../icons/TableIcon';
import type { InsertActionId } from './insertActions';

/** The glyph of an insertable block, the same in the toolbar and the "/" menu. */
export function InsertActionIcon({ id }: { id: InsertActionId }) {
  const t = useT();
  switch (id) {
    case 'agendaItem':
      return <span className="glyph-paragraph" aria-hidden="true">§</span>;
    case 'decision':
      return <DecisionIcon />;
    case 'actionItem':
      return <ActionItemIcon />;
    case 'table':
      return <TableIcon />;
    case 'heading':
      return <span className="toolbar-glyph-heading" aria-hidden="true">{t('toolbar.heading.short')}</span>;
    case 'subheading':
      return <span className="toolbar-glyph-subheading" aria-hidden="true">{t('toolbar.subheading.short')}</span>;
    case 'bulletList':
      return <BulletListIcon />;
    case 'orderedList':
      return <OrderedListIcon />;
  }
}
