import {
  checkReportedFigure,
  isPeriodKey,
  LantuError,
  type Actor,
  type Observation,
} from '@lantu/core';
import type { StoredObservation } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { observationPeriod } from '../supervision/report-observation.js';
import { ensureOwnSeries } from './own-series.js';

/** A figure the planning office types in: for a target, a period, with where it came from. */
export interface FigureInput {
  /** The target; one without an indicator gets a series of its own (own-series.ts). */
  readonly itemId: string;
  /** `2025`, `2025-H1`, `2025-Q3`, `2025-M05` (the reporting period keys). */
  readonly period: string;
  readonly value: number;
  readonly unit: string;
  /** Where the figure comes from (统计公报, 部门来函 …): required, it is the figure's evidence. */
  readonly note: string;
}

/** A correction keeps the indicator and place; period, value, unit and note may change. */
export type FigureCorrection = Omit<FigureInput, 'itemId'>;

/** A stored figure with the indicator's name, for lists. */
export interface EnteredFigure extends StoredObservation {
  readonly indicator_name: string;
}

/** Direct figure entry (issue 8: 发改局 enters actual figures with their source). */
export interface Figures {
  list(): Promise<EnteredFigure[]>;
  enter(input: FigureInput, actor: Actor): Promise<EnteredFigure>;
  correct(id: string, input: FigureCorrection, actor: Actor): Promise<EnteredFigure>;
  withdraw(id: string, actor: Actor): Promise<void>;
}

function refuse(zh: string, en: string): never {
  throw new LantuError('INPUT_INVALID', `${zh} (${en})`);
}

function checkedPeriod(period: string): { year: number; period: string | null } {
  const frequencies = ['yearly', 'half-yearly', 'quarterly', 'monthly'] as const;
  if (!frequencies.some((frequency) => isPeriodKey(frequency, period))) {
    refuse(
      `时期“${period}”无法识别，请写成“2025”“2025-H1”“2025-Q3”或“2025-M05”`,
      `unknown period “${period}”`,
    );
  }
  return observationPeriod(period);
}

function checkedNote(note: string): string {
  const trimmed = note.trim();
  if (trimmed === '') refuse('请填写数据来源', 'the source of the figure is required');
  return trimmed;
}

/** The use cases over the app's store; every change bumps the data version. */
export function createFigures(ctx: AppContext): Figures {
  const named = async (o: StoredObservation): Promise<EnteredFigure> => {
    const catalog = await ctx.catalog();
    return {
      ...o,
      indicator_name: catalog.byCode.get(o.indicator_code)?.name_zh ?? o.indicator_code,
    };
  };
  const changing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      await ctx.store.dataVersion.bumpDroppingStatuses();
    }
  };
  const manualFigure = async (id: string): Promise<StoredObservation> => {
    const figure = await ctx.store.observations.get(id);
    if (figure.source.type !== 'manual') {
      throw new LantuError(
        'FORBIDDEN',
        '只能更正或撤回直接录入的数据 (only figures entered by hand can be changed here)',
      );
    }
    return figure;
  };

  return {
    async list() {
      return Promise.all((await ctx.store.observations.listBySource('manual')).map(named));
    },

    async enter(input, actor) {
      const target = await ctx.store.items.get(input.itemId);
      const when = checkedPeriod(input.period);
      const note = checkedNote(input.note);
      const checked = checkReportedFigure({ value: input.value, unit: input.unit }, target);
      if (!checked.ok) refuse(checked.message.zh, checked.message.en);
      // Only now, with the input sound, may the target get a series of its own.
      const item = await ensureOwnSeries(ctx, target, actor);
      if (item.indicator_code === null || item.jurisdiction_code === null) {
        refuse(
          '该目标尚未关联指标和地区，无法录入数据',
          'the target is not linked to an indicator and a place',
        );
      }
      const growth =
        (item.measure === 'increase' || item.measure === 'decrease') && checked.baseUnit === '%';
      const observation: Observation = {
        indicator_code: item.indicator_code,
        jurisdiction: item.jurisdiction_code,
        ...when,
        // a place is a rank figure: the rank method reads only those
        measure: item.measure === 'rank' ? 'rank' : growth ? item.measure : 'level',
        value: checked.value,
        base_unit: checked.baseUnit,
        comparator: '=',
        source: { type: 'manual', actor: actor.name, note },
      };
      return named(await changing(() => ctx.store.observations.enter(observation, actor)));
    },

    async correct(id, input, actor) {
      const old = await manualFigure(id);
      const when = checkedPeriod(input.period);
      const note = checkedNote(input.note);
      const checked = checkReportedFigure(
        { value: input.value, unit: input.unit },
        { unit: old.base_unit, base_unit: old.base_unit },
      );
      if (!checked.ok) refuse(checked.message.zh, checked.message.en);
      const observation: Observation = {
        indicator_code: old.indicator_code,
        jurisdiction: old.jurisdiction,
        ...when,
        measure: old.measure,
        value: checked.value,
        base_unit: checked.baseUnit,
        comparator: '=',
        source: { type: 'manual', actor: actor.name, note },
      };
      return named(await changing(() => ctx.store.observations.correct(id, observation, actor)));
    },

    async withdraw(id, actor) {
      await manualFigure(id);
      await changing(() => ctx.store.observations.withdraw(id, actor));
    },
  };
}
