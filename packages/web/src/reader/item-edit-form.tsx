/** The correction form: value, unit, year, comparator, metric and kind of one read item. */
import { useId, useState, type FormEvent } from 'react';
import type { Comparator, ItemPatch, StoredItem } from '../api/types.js';
import { formatQuantity } from '../format/number.js';
import { toBaseUnit } from '../format/base-unit.js';
import { comparatorWord } from '../format/comparator.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ITEM_KIND_LABEL, ITEM_KINDS } from './item-kind-meta.js';
import { formFromItem, patchFromForm, type ItemForm } from './item-patch.js';

const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '~', '=', 'range'];

export interface ItemEditFormProps {
  readonly item: StoredItem;
  readonly busy: boolean;
  readonly onSave: (patch: ItemPatch) => void;
  readonly onCancel: () => void;
}

export function ItemEditForm({ item, busy, onSave, onCancel }: ItemEditFormProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [form, setForm] = useState<ItemForm>(() => formFromItem(item));
  const [invalid, setInvalid] = useState<keyof ItemForm | null>(null);
  const set = (field: keyof ItemForm, value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = patchFromForm(item, form);
    if (!result.ok) {
      setInvalid(result.field);
      return;
    }
    setInvalid(null);
    if (Object.keys(result.patch).length === 0) onCancel();
    else onSave(result.patch);
  };

  const preview = toBaseUnit(Number(form.value), form.unit.trim() || null);
  const field = (
    name: keyof ItemForm,
    label: string,
    input: 'text' | 'number',
    extra: object = {},
  ) => (
    <label className="field">
      <span>{label}</span>
      <input
        id={`${id}-${name}`}
        name={name}
        type={input}
        step={input === 'number' ? 'any' : undefined}
        value={form[name]}
        aria-invalid={invalid === name}
        aria-describedby={invalid === name ? `${id}-error` : undefined}
        onChange={(event) => set(name, event.target.value)}
        {...extra}
      />
    </label>
  );

  return (
    <form className="item-form" onSubmit={submit} aria-label={t('actionCorrect')}>
      <label className="field">
        <span>{t('fieldKind')}</span>
        <select name="kind" value={form.kind} onChange={(event) => set('kind', event.target.value)}>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(ITEM_KIND_LABEL[kind])}
            </option>
          ))}
        </select>
      </label>
      {field('metric', t('fieldMetric'), 'text')}
      <label className="field">
        <span>{t('fieldComparator')}</span>
        <select
          name="comparator"
          value={form.comparator}
          onChange={(event) => set('comparator', event.target.value)}
        >
          <option value="">—</option>
          {COMPARATORS.map((comparator) => (
            <option key={comparator} value={comparator}>
              {comparatorWord(comparator, lang)}
            </option>
          ))}
        </select>
      </label>
      {field('value', t('fieldValue'), 'number')}
      {form.comparator === 'range' ? field('value_max', t('fieldValueMax'), 'number') : null}
      {field('unit', t('fieldUnit'), 'text')}
      {field('year', t('fieldYear'), 'number', { min: 1900, max: 2200 })}
      {form.value.trim() !== '' && preview.value !== null && Number.isFinite(preview.value) ? (
        <p className="muted small">
          {t('fieldBase')}
          {t('colon')}
          {formatQuantity(preview.value, preview.unit, lang)}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} role="alert" className="error-text">
          {t('fieldInvalid')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t('actionSave')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
