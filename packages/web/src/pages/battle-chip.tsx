/** One target or task of the 作战图: a chip coloured by status, linking to its scorecard row. */
import type { BattleMap } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { STATUS_META } from '../status/status-meta.js';

type Entry = BattleMap['rows'][number]['cells'][number][number];

export function BattleChip({ entry, planId }: { readonly entry: Entry; readonly planId: string }) {
  const { lang } = useI18n();
  const meta = STATUS_META[entry.status];
  return (
    <a
      className={`battle-chip ${entry.kind}`}
      href={buildHash(['scorecard'], { q: entry.label, plan: planId })}
      style={{ background: meta.background, color: meta.colour, borderColor: meta.colour }}
      title={`${entry.status_label[lang]} · ${entry.target}`}
      lang="zh-CN"
    >
      <span aria-hidden="true">{meta.symbol} </span>
      {entry.label}
      {entry.target ? <span className="battle-target"> {entry.target}</span> : null}
      <span className="visually-hidden">（{meta[lang]}）</span>
    </a>
  );
}
