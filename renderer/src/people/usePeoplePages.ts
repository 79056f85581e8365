import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PeopleFilters, PersonRow } from '../../../shared/people';
import { call } from '../api';
import { describeError } from '../errorMessages';
import { PageCache } from './pageCache';

export const PAGE_SIZE = 100;
const MAX_PAGES = 30;
/** Pages are asked for once scrolling pauses this long, not for every row flown past. */
const FETCH_DELAY_MS = 60;

export interface PeopleSearch {
  query: string;
  filters: PeopleFilters;
}

interface Meta {
  key: string;
  total: number;
  tookMs: number;
}

export interface PeoplePages {
  /** Changes with the search (not with a refresh). */
  searchKey: string;
  /** Null until the first page of this search has answered. */
  total: number | null;
  tookMs: number | null;
  error: string | null;
  row(index: number): PersonRow | undefined;
  /** The table shows rows [first, end): fetch the pages they are on. */
  showRange(first: number, end: number): void;
  /** Forget the cached pages (after an edit, rows may have changed). */
  refresh(): void;
}

function paramsOf(
  search: PeopleSearch,
  offset: number,
): {
  query?: string;
  filters: PeopleFilters;
  offset: number;
  limit: number;
} {
  const query = search.query.trim();
  return { ...(query !== '' ? { query } : {}), filters: search.filters, offset, limit: PAGE_SIZE };
}

/** Search results fetched a page at a time as the table scrolls, with a small cache per search. */
export function usePeoplePages(search: PeopleSearch): PeoplePages {
  const [generation, setGeneration] = useState(0);
  const searchKey = JSON.stringify(search);
  // A refresh starts a new cache for the same search: the total on screen stays until it answers.
  const cache = useMemo(
    () => new PageCache(`${generation}:${searchKey}`, PAGE_SIZE, MAX_PAGES),
    [generation, searchKey],
  );
  const [meta, setMeta] = useState<Meta | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const [range, setRange] = useState<{ first: number; end: number }>({ first: 0, end: PAGE_SIZE });
  // Answers to a search the officer has since replaced must not set the count on screen.
  const latestSearch = useRef(searchKey);
  useEffect(() => {
    latestSearch.current = searchKey;
  }, [searchKey]);
  // Bumped when a page lands, so rows that were placeholders render.
  const [, setLanded] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      cache.markPending(page);
      const parsed = JSON.parse(searchKey) as PeopleSearch;
      call('people.search', paramsOf(parsed, page * PAGE_SIZE)).then(
        (result) => {
          cache.put(page, result.rows);
          if (latestSearch.current !== searchKey) return;
          setMeta((m) =>
            m?.key === searchKey && page !== 0
              ? { ...m, total: result.total }
              : { key: searchKey, total: result.total, tookMs: result.tookMs },
          );
          setError(null);
          setLanded((n) => n + 1);
        },
        (err: unknown) => {
          cache.fail(page);
          if (latestSearch.current !== searchKey) return;
          setError({ key: searchKey, message: `People could not be searched. ${describeError(err)}` });
        },
      );
    },
    [cache, searchKey],
  );

  // The first page answers at once: it carries the total and the time the search took.
  useEffect(() => {
    if (cache.missing(0, 1).length > 0) fetchPage(0);
  }, [cache, fetchPage]);

  useEffect(() => {
    const wanted = cache.missing(range.first, range.end);
    if (wanted.length === 0) return undefined;
    const timer = setTimeout(() => wanted.forEach(fetchPage), FETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cache, range, fetchPage]);

  const showRange = useCallback((first: number, end: number) => {
    setRange((r) => (r.first === first && r.end === end ? r : { first, end }));
  }, []);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  const current = meta?.key === searchKey ? meta : null;
  return {
    searchKey,
    total: current?.total ?? null,
    tookMs: current?.tookMs ?? null,
    error: error?.key === searchKey ? error.message : null,
    row: (index) => cache.row(index),
    showRange,
    refresh,
  };
}
