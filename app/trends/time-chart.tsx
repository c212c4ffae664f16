import type { TrendTableRow } from '@/lib/trends/build-trend-tables';

/** Columns narrow (down to 32 px) to fit the page's 960 px at 1280 wide; past that the box scrolls. */
const columnWidth = (count: number) => Math.max(32, Math.min(56, Math.floor(880 / Math.max(1, count))));
const LEFT = 64;
const TOP = 24;
const PLOT = 200;
const BOTTOM = 96;

/** A round step for the count axis: 1, 2 or 5 times a power of ten, giving about four lines. */
function step(max: number): number {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
}

/**
 * Columns over the periods in order, left to right, drawn on the server as SVG at its real size: on a narrow
 * screen its box scrolls sideways, never the page. Hidden small numbers are drawn hatched and marked "<5".
 * Screen readers skip it for the table below it, which has the same numbers.
 */
export function TimeChart({ rows, periodName }: { rows: TrendTableRow[]; periodName: string }) {
  const tick = step(Math.max(1, ...rows.map((row) => row.bar.value ?? 0)));
  const top = Math.max(tick, Math.ceil(Math.max(1, ...rows.map((row) => row.bar.value ?? 0)) / tick) * tick);
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const column = columnWidth(rows.length);
  const width = LEFT + rows.length * column + 16;
  const height = TOP + PLOT + BOTTOM;
  const ticks = Array.from({ length: Math.round(top / tick) + 1 }, (_, i) => i * tick);
  return (
    <div className="app-time-chart" role="group" aria-labelledby="over-time-title" tabIndex={0}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <pattern
            id="hatch-over-time"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#0b0c0c" strokeWidth="2" />
          </pattern>
        </defs>
        {ticks.map((value) => (
          <g key={value}>
            <line x1={LEFT} x2={width - 8} y1={y(value)} y2={y(value)} stroke="#b1b4b6" />
            <text x={LEFT - 6} y={y(value) + 5} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {value.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        <text
          x={14}
          y={TOP + PLOT / 2}
          fontSize="14"
          fill="#0b0c0c"
          textAnchor="middle"
          transform={`rotate(-90 14 ${TOP + PLOT / 2})`}
        >
          Concerns
        </text>
        {rows.map((row, i) => {
          const x = LEFT + i * column + 8;
          const hidden = row.bar.value === null;
          const h = hidden ? 8 : ((row.bar.value ?? 0) / top) * PLOT;
          const mid = x + (column - 16) / 2;
          return (
            <g key={row.label}>
              <rect
                x={x}
                y={TOP + PLOT - h}
                width={column - 16}
                height={h}
                fill={hidden ? 'url(#hatch-over-time)' : '#1d70b8'}
                stroke="#0b0c0c"
              />
              <text x={mid} y={TOP + PLOT - h - 4} textAnchor="middle" fontSize="13" fill="#0b0c0c">
                {hidden ? row.bar.text.replace('fewer than ', '<') : row.bar.text}
              </text>
              <text
                x={mid}
                y={TOP + PLOT + 16}
                fontSize="13"
                fill="#0b0c0c"
                textAnchor="end"
                transform={`rotate(-45 ${mid} ${TOP + PLOT + 16})`}
              >
                {row.label}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} x2={width - 8} y1={TOP + PLOT} y2={TOP + PLOT} stroke="#0b0c0c" />
        <text
          x={LEFT + (rows.length * column) / 2}
          y={height - 6}
          fontSize="14"
          fill="#0b0c0c"
          textAnchor="middle"
        >
          {periodName}
        </text>
      </svg>
    </div>
  );
}
