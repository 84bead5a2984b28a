import { describe, expect, it } from 'vitest';
import { apiUrl } from '../src/api/client.js';
import { exportUrl, posterUrl } from '../src/api/endpoints.js';
import { toQueryString } from '../src/api/query-string.js';
import { buildHash, parseHash } from '../src/router/hash-route.js';
import { splitMatches } from '../src/search/split-matches.js';
import { mainJurisdiction } from '../src/indicator/jurisdiction.js';

describe('hash routes', () => {
  it('parses segments and query', () => {
    const route = parseHash('#/documents/abc%20d?item=x&at=5');
    expect(route.segments).toEqual(['documents', 'abc d']);
    expect(route.query.get('item')).toBe('x');
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/%E0%A4%A').segments).toEqual(['%E0%A4%A']);
  });
  it('round-trips Chinese and drops blank parameters', () => {
    const hash = buildHash(['search'], { q: '海外仓', empty: '', none: undefined, zero: 0 });
    expect(hash).toBe('#/search?q=%E6%B5%B7%E5%A4%96%E4%BB%93&zero=0');
    expect(parseHash(hash).query.get('q')).toBe('海外仓');
    expect(buildHash([])).toBe('#/');
  });
});

describe('API URLs', () => {
  it('leaves out blank filters', () => {
    expect(toQueryString({ status: 'missed', q: ' ', year: 2025, document: undefined })).toBe(
      '?status=missed&year=2025',
    );
    expect(toQueryString({})).toBe('');
    expect(apiUrl('/health')).toBe('/api/health');
  });
  it('exports with the page filters and builds poster URLs', () => {
    expect(exportUrl('xlsx', { status: 'missed', q: '快递' })).toBe(
      '/api/export/scorecard.xlsx?status=missed&q=%E5%BF%AB%E9%80%92',
    );
    expect(posterUrl('doc 1', 'png')).toBe('/api/poster?document=doc+1&format=png');
  });
});

describe('search snippets', () => {
  it('marks every occurrence, ignoring Latin case', () => {
    expect(splitMatches('建成200个海外仓，海外仓物流', '海外仓')).toEqual([
      { text: '建成200个', match: false },
      { text: '海外仓', match: true },
      { text: '，', match: false },
      { text: '海外仓', match: true },
      { text: '物流', match: false },
    ]);
    expect(splitMatches('GDP gdp', 'Gdp').filter((p) => p.match)).toHaveLength(2);
    expect(splitMatches('abc', ' ')).toEqual([{ text: 'abc', match: false }]);
  });
});

describe('mainJurisdiction', () => {
  it('picks the place most documents are about', () => {
    const doc = (code: string | null) =>
      ({ jurisdiction_code: code }) as Parameters<typeof mainJurisdiction>[0][number];
    expect(mainJurisdiction([doc('a'), doc('b'), doc('b'), doc(null)])).toBe('b');
    expect(mainJurisdiction([doc(null)])).toBeNull();
  });
});
