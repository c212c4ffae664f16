import type { TrendTableRow } from '@/lib/trends/build-trend-tables';

const ROW = 28;
const LABEL = 220;
const WIDTH = 640;

/**
 * A horizontal bar chart drawn on the server as SVG: no JavaScript, no chart library to ship. Every bar is
 * labelled with its number, and hidden small numbers are drawn hatched with the words "fewer than 5", so it
 * reads in greyscale and print. Screen readers get the table beside it, which has the same numbers.
 */
export function BarChart({ id, rows }: { id: string; rows: TrendTableRow[] }) {
  const max = Math.max(1, ...rows.map((row) => row.bar.value ?? 0));
  const scale = (WIDTH - LABEL - 110) / max;
  const height = rows.length * ROW + 8;
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id={`hatch-${id}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" stroke="#0b0c0c" strokeWidth="2" />
        </pattern>
      </defs>
      {rows.map((row, i) => {
        const y = i * ROW + 4;
        const hidden = row.bar.value === null;
        const width = hidden ? 12 : Math.max(row.bar.value ? 2 : 0, (row.bar.value ?? 0) * scale);
        return (
          <g key={`${row.label}-${i}`}>
            <text x={LABEL - 8} y={y + 17} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
            </text>
            <rect
              x={LABEL}
              y={y + 2}
              width={width}
              height={ROW - 8}
              fill={hidden ? `url(#hatch-${id})` : '#1d70b8'}
              stroke="#0b0c0c"
            />
            <text x={LABEL + width + 6} y={y + 17} fontSize="14" fill="#0b0c0c">
              {row.bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
