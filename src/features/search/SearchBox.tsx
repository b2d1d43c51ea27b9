import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../core/graph/dates.ts';
import { readySearch, type NameSearch } from '../../state/nameSearch.ts';
import { useData, useNameSearch } from '../../state/store.ts';
import { goToEdge } from '../../state/commands.ts';
import { NameCombobox, type ExtraResults } from '../../ui/NameCombobox.tsx';
import type { Dataset } from '../../core/model/schema.ts';

type MeasureSearchModule = typeof import('../../core/search/measureSearch.ts');

/** Runs `fn` when the page is next idle (or in 200 ms where idle callbacks are missing); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 200);
  return () => clearTimeout(timer);
}

/** Measures whose fields are folded per idle period, ahead of the first query (about 10 ms each). */
const MEASURES_PER_IDLE = 2000;

/** Folds the measures' search fields in idle periods, so that the first query does not pay for it. */
function prepareInIdle(dataset: Dataset, prepare: MeasureSearchModule['prepareMeasureSearch']): () => void {
  let cancel = () => {};
  const next = () => {
    cancel = whenIdle(() => {
      if (!prepare(dataset, MEASURES_PER_IDLE)) next();
    });
  };
  next();
  return () => cancel();
}

/** One query down each path of the search: one letter, two, a prefix, a misspelt word, two words, Chinese. */
const WARM_UP_QUERIES = ['a', 'ab', 'abc', 'abcde', 'abcd ef', 'ab cdef', '陈全'];

/**
 * Runs a few throw-away searches while the page is idle, one per idle period. The first search of a
 * session otherwise pays for compiling the search code: on 20,000 nodes the first keys took 40 to 130 ms
 * against 1 to 8 ms once warm (measured in Chromium), i.e. the first word typed lagged.
 */
function warmUp(search: NameSearch): () => void {
  let cancel = () => {};
  const next = (i: number) => {
    const query = WARM_UP_QUERIES[i];
    if (query === undefined) return;
    cancel = whenIdle(() => {
      search(query, { limit: 8 });
      next(i + 1);
    });
  };
  next(0);
  return () => cancel();
}

/** A touch screen with no mouse (a phone): no keyboard hints there. */
const TOUCH_ONLY =
  typeof window.matchMedia === 'function' && window.matchMedia('(hover: none) and (pointer: coarse)').matches;

interface Props {
  /** Called with the chosen node id: the app selects and centres it. */
  onChoose(id: string): void;
}

/** The main search: type-ahead over names and aliases (typo-tolerant); "/" focuses it from anywhere. */
export function SearchBox({ onChoose }: Props) {
  const data = useData();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const names = useNameSearch();
  const search = readySearch(names);
  useEffect(() => (search ? warmUp(search) : undefined), [search]);

  // The measure search is a chunk of its own (off the first load), fetched when the box is first shown.
  const [measureSearch, setMeasureSearch] = useState<MeasureSearchModule | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../core/search/measureSearch.ts').then((m) => {
      if (live) setMeasureSearch(m);
    });
    return () => {
      live = false;
    };
  }, []);

  const dataset = data?.dataset;
  useEffect(
    () => (dataset && measureSearch ? prepareInIdle(dataset, measureSearch.prepareMeasureSearch) : undefined),
    [dataset, measureSearch],
  );
  // Programs, legal bases, list names, action titles and sources: measures, grouped by action, after the names.
  const measures = useMemo<ExtraResults | undefined>(() => {
    if (!dataset || !measureSearch) return undefined;
    return {
      heading: 'Measures and actions',
      results: (query) =>
        measureSearch.searchMeasures(dataset, query).map((group) => {
          const count = group.measures.length;
          return {
            key: group.measures[0]?.id ?? group.actionId,
            label: `${formatDate(group.date)}: ${group.action?.title ?? 'measures'}`,
            detail: `${count} ${count === 1 ? 'measure' : 'measures'} · ${group.matched}`,
          };
        }),
      onChoose: (result) => {
        goToEdge(result.key);
        input.current?.blur();
      },
    };
  }, [dataset, measureSearch]);

  if (!data) return null;
  return (
    <NameCombobox
      names={names}
      extra={measures}
      label="Search names, programs and measures"
      placeholder={`Search names, programs, measures…${TOUCH_ONLY ? '' : '  ( / )'}`}
      limit={8}
      inputRef={input}
      reportEmpty
      onChoose={(id) => {
        onChoose(id);
        input.current?.blur();
      }}
    />
  );
}
