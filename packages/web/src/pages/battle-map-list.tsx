/**
 * The 作战图 on a phone: the grid of 20 quarters cannot be read at 390 px without sideways
 * scrolling, so each unit (or field) is a block of its own with the quarters that have
 * something due, in time order, and their chips. The same entries as the grid; CSS shows
 * one or the other by screen width.
 */
import type { BattleMap } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { BattleChip } from './battle-chip.js';

export function BattleMapList({ map }: { readonly map: BattleMap }) {
  const { lang } = useI18n();
  return (
    <div className="battle-list">
      {map.rows.map((row) => (
        <section key={row.name} className="battle-list-row">
          <h3 lang="zh-CN">{row.name}</h3>
          <dl>
            {row.cells.map((cell, i) => {
              const column = map.columns[i];
              if (cell.length === 0 || column === undefined) return null;
              return (
                <div key={`${column.year}-${column.quarter}`} className="battle-list-quarter">
                  <dt>{column.label[lang]}</dt>
                  <dd>
                    {cell.map((entry) => (
                      <BattleChip key={entry.item_id} entry={entry} planId={map.plan.id} />
                    ))}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
