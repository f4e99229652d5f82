import { describe, expect, it } from 'vitest';
import { interpolate } from '../../i18n/interpolate';
import { sv } from '../../i18n/sv';
import { filterInsertActions } from './filterInsertActions';
import { INSERT_ACTIONS } from './insertActions';

const ids = (query: string) => filterInsertActions(INSERT_ACTIONS, query, (action) => interpolate(sv[action.label])).map((a) => a.id);

describe('filterInsertActions', () => {
  it('offers everything for an empty query', () => {
    expect(ids('')).toHaveLength(INSERT_ACTIONS.length);
  });

  it('finds by Swedish and English words and by §', () => {
    expect(ids('besl')).toEqual(['decision']);
    expect(ids('Upp')).toEqual(['actionItem']);
    expect(ids('§')).toEqual(['agendaItem']);
    expect(ids('tab')).toEqual(['table']);
    expect(ids('list')).toEqual(['bulletList', 'orderedList']);
  });

  it('finds nothing for nonsense', () => {
    expect(ids('xyz')).toEqual([]);
  });
});
