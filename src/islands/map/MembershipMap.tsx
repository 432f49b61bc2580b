import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { categoryCounts, countCategories } from '../../lib/mapCategories';
import { DateControl } from './DateControl';
import { MapLegend } from './MapLegend';
import { MapPanel } from './MapPanel';
import { MapTooltip } from './MapTooltip';
import { MembershipTable } from './MembershipTable';
import { StateDetails } from './StateDetails';
import { fill } from '../../lib/fill';
import { formatDate } from '../../lib/formatDate';
import { INTL_LOCALE, type Locale } from '../../lib/locales';
import { announceDate, nextSort, rowFor, stepIndexFor, type MapStrings, type Sort, type SortKey } from '../../lib/map/mapModel';
import type { MembershipMapData } from '../../lib/map/mapModel';
import { useMapDate, usePlayback } from './useMapDate';
import { useMapTargets } from './useMapTargets';
import { useMapTip } from './useMapTip';
import { pagePath } from '../../lib/urls';
// Its styles (src/styles/membershipMap.css) are linked by MembershipMapFigure.astro, not imported here:
// an import would put them in every page's stylesheet.

export interface MembershipMapProps extends MembershipMapData {
  /** The day the server draws, and shown until the address or the timeline picks another. */
  initialDate: string;
  /** Level of the details heading: 2 on the map page, 3 inside a chapter section. */
  headingLevel: 2 | 3;
  /** Prefix of every id, unique on the page. */
  idPrefix: string;
  /** Rendered at build time and never hydrated: the controls that need a script stay hidden. */
  still?: boolean;
  /**
   * Inside a chapter: the 35-row table (about 1,700 px on a laptop) folds into a <details>, so
   * it does not split the chapter's argument; a native disclosure opens without JavaScript.
   */
  collapseTable?: boolean;
  /** Where the table's names link without a script: "" on /map/ (its list of histories), the map page's path elsewhere. */
  historyBase?: string;
  /** The page's language: dates, numbers and the table's alphabetical order. */
  locale: Locale;
  /** The page's map dictionary (src/i18n/<locale>/map.ts): every word the island shows or says. */
  strings: MapStrings;
}

/**
 * The membership map island: the shown date, the state under the pointer or focus, the open
 * state, the table's sort and the live region. Drawing is MapPanel's job; what is shown is
 * mapModel's; the date's link to the address and the timeline is useMapDate's.
 */
export default function MembershipMap({
  states,
  geometry,
  order,
  steps,
  checked,
  territories,
  initialDate,
  headingLevel,
  idPrefix,
  still = false,
  collapseTable = false,
  historyBase,
  locale,
  strings,
}: MembershipMapProps) {
  const [message, setMessage] = useState('');
  // A date set from outside (the timeline, present mode) is announced as the control's own steps are.
  const onOutside = useCallback(
    (day: string) =>
      setMessage(
        announceDate(steps.find((s) => s.date === day)?.label ?? formatDate(day, { locale }), categoryCounts(states, day), strings, locale),
      ),
    [steps, states, strings, locale],
  );
  const [date, chooseDate] = useMapDate(initialDate, onOutside);
  const [interactive, setInteractive] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const rootRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLElement>(null);
  const [tip, showTip] = useMapTip(rootRef);
  // The server renders the static map; once hydrated the states become controls.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- two-pass render, as hydration requires
  useEffect(() => setInteractive(true), []);

  const rows = useMemo(() => new Map(states.map((s) => [s.iso3, rowFor(s, date)])), [states, date]);
  const rowList = useMemo(() => [...rows.values()], [rows]);
  // The rows already know each state's category on the shown date.
  const counts = useMemo(() => countCategories(rowList.map((r) => r.category)), [rowList]);
  const index = stepIndexFor(steps, date);
  const dateLabel = steps.find((s) => s.date === date)?.label ?? formatDate(date, { locale });
  const detailsId = `${idPrefix}-details`;
  const { open, openState, targetProps } = useMapTargets({
    order,
    rows,
    dateLabel,
    detailsId,
    detailsRef,
    interactive,
    showTip,
    announce: setMessage,
    strings,
  });

  const goTo = useCallback(
    (i: number) => {
      const step = steps[i];
      if (!step) return;
      chooseDate(step.date);
      setMessage(announceDate(step.label, categoryCounts(states, step.date), strings, locale));
    },
    [steps, states, chooseDate, strings, locale],
  );
  const [playing, togglePlay] = usePlayback(steps.length, index, goTo);
  const onPoint = useCallback((iso: string | null, at: { x: number; y: number }) => showTip(iso, at.x, at.y), [showTip]);
  const onPick = useCallback((iso: string) => openState(iso, 'pointer'), [openState]);
  const onSort = useCallback((key: SortKey) => setSort((current) => nextSort(current, key)), []);
  const onOpen = useCallback((iso: string) => openState(iso, 'table'), [openState]);
  const panelProps = {
    idPrefix,
    rows,
    targets: geometry.targets,
    interactive,
    pointed: tip?.iso ?? null,
    open,
    targetProps,
    onPoint,
    onPick,
    strings: strings.panels,
  };
  const tipRow = tip ? rows.get(tip.iso) : undefined;
  const table = (
    <MembershipTable
      rows={rowList}
      sort={sort}
      dateLabel={dateLabel}
      interactive={interactive}
      open={open}
      detailsId={detailsId}
      idPrefix={idPrefix}
      historyBase={historyBase ?? pagePath('map', locale)}
      onSort={onSort}
      onOpen={onOpen}
      strings={strings}
      locale={locale}
    />
  );

  return (
    <div ref={rootRef} className="mm" data-interactive={interactive || undefined} data-still={still || undefined}>
      <DateControl
        steps={steps}
        index={index}
        dateLabel={dateLabel}
        playing={playing}
        onStep={goTo}
        onTogglePlay={togglePlay}
        strings={strings.date}
      />
      <p className="mm-hint">{strings.hint}</p>
      <div className="mm-layout">
        <div className="mm-panel mm-panel--overview">
          <p className="mm-panel__title">{strings.panels.overviewTitle}</p>
          <MapPanel
            panel="overview"
            drawing={geometry.overview}
            label={fill(strings.panels.overviewLabel, { date: dateLabel })}
            {...panelProps}
          />
        </div>
        <div className="mm-panel mm-panel--inset">
          <p className="mm-panel__title">{strings.panels.insetTitle}</p>
          <MapPanel panel="inset" drawing={geometry.inset} label={fill(strings.panels.insetLabel, { date: dateLabel })} {...panelProps} />
        </div>
        <div className="mm-side">
          <MapLegend
            counts={counts}
            dateLabel={dateLabel}
            checkedLabel={formatDate(checked, { locale })}
            territories={territories}
            idPrefix={idPrefix}
            strings={strings}
            locale={locale}
          />
          <StateDetails
            id={detailsId}
            state={states.find((s) => s.iso3 === open)}
            row={open ? rows.get(open) : undefined}
            dateLabel={dateLabel}
            headingLevel={headingLevel}
            panelRef={detailsRef}
            idPrefix={idPrefix}
            strings={strings}
          />
        </div>
      </div>
      {tipRow && tip && <MapTooltip row={tipRow} x={tip.x} y={tip.y} width={tip.width} idPrefix={idPrefix} strings={strings} />}
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
      {collapseTable ? (
        <details className="mm-table-fold">
          <summary>{fill(strings.table.fold, { count: new Intl.NumberFormat(INTL_LOCALE[locale]).format(rowList.length) })}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </div>
  );
}
