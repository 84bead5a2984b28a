import type { ReportingFrequency } from '@lantu/core';

const WORDS: Readonly<Record<string, ReportingFrequency>> = {
  月报: 'monthly',
  每月: 'monthly',
  按月: 'monthly',
  monthly: 'monthly',
  季报: 'quarterly',
  每季: 'quarterly',
  每季度: 'quarterly',
  按季: 'quarterly',
  quarterly: 'quarterly',
  半年报: 'half-yearly',
  每半年: 'half-yearly',
  'half-yearly': 'half-yearly',
  年报: 'yearly',
  每年: 'yearly',
  按年: 'yearly',
  yearly: 'yearly',
};

/** 月报/季报/半年报/年报 (or the English words) → frequency; null for anything else. */
export function frequencyText(text: string): ReportingFrequency | null {
  return WORDS[text.trim().toLowerCase()] ?? null;
}
