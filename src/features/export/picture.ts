import { COMPARE_MARKS, comparePattern, type MarkedGroup } from "../../lib/compare-marks";

export interface PictureLegendRow {
  label: string;
  /** A fill colour, or a comparison's mark. */
  swatch: { colour: string } | { mark: MarkedGroup };
}

/** What the picture says over the map. */
export interface PictureText {
  title: string;
  dates: string;
  legend: readonly PictureLegendRow[];
  /** The caption's paragraphs (the sources, the map's credit), wrapped to the picture's width. */
  caption: readonly string[];
  link: string;
}

/** Layout in CSS pixels: the picture is drawn at `scale` device pixels per CSS pixel, like the map. */
const PAD = 10;
const INSET = 8;
const LINE = 15;
const ROW = 17;
const SWATCH = 11;
/** Lines kept of each caption paragraph: a list of sources longer still ends with "…" rather than cover the map (the page gives it whole). */
const MAX_CAPTION_LINES = 8;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const INK = "#1d1f23";
const MUTED = "#5b6068";
const PANEL = "rgb(255 255 255 / 0.93)";
const EDGE = "#d9dbe0";

function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end)}…`).width > width) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Words wrapped to `width`, at most `max` lines, the last one ending with "…" when text is left over. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(" ");
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : (words[i] ?? "");
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === max - 1) return [...lines, fit(ctx, `${line} ${words.slice(i).join(" ")}`, width)];
    lines.push(line);
    line = words[i] ?? "";
  }
  return line ? [...lines, line] : lines;
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  ctx.fillStyle = PANEL;
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, 6);
  ctx.fill();
  ctx.stroke();
}

function swatch(ctx: CanvasRenderingContext2D, row: PictureLegendRow, x: number, y: number): void {
  ctx.save();
  if ("colour" in row.swatch) {
    ctx.fillStyle = row.swatch.colour;
    ctx.fillRect(x, y, SWATCH, SWATCH);
    ctx.strokeStyle = "rgb(0 0 0 / 0.25)";
    ctx.strokeRect(x + 0.5, y + 0.5, SWATCH - 1, SWATCH - 1);
  } else {
    const group = row.swatch.mark;
    const { colour, dash } = COMPARE_MARKS[group];
    ctx.fillStyle = "#f7f7f5";
    ctx.fillRect(x, y, SWATCH, SWATCH);
    if (group !== "changed") {
      const { width, height, data } = comparePattern(group);
      const tile = new OffscreenCanvas(width, height);
      tile.getContext("2d")?.putImageData(new ImageData(data, width, height), 0, 0);
      const pattern = ctx.createPattern(tile, "repeat");
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fillRect(x, y, SWATCH, SWATCH);
      }
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(dash ? dash.map((d) => d * 2) : []);
    ctx.strokeRect(x + 1, y + 1, SWATCH - 2, SWATCH - 2);
  }
  ctx.restore();
}

/**
 * The exported picture: the map as the screen shows it, `width` × `height` CSS pixels at `scale`,
 * with the bloc and the date(s) at the top left, the legend above the caption at the bottom left, and
 * the caption (sources, the map's credit, the page's link) along the bottom. Text is drawn as text on
 * the canvas: nothing from the data is read as markup.
 */
export function composePicture(map: CanvasImageSource, width: number, height: number, scale: number, text: PictureText): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.scale(scale, scale);
  ctx.drawImage(map, 0, 0, width, height);
  ctx.textBaseline = "top";

  // The caption, along the bottom.
  const inner = width - 2 * PAD - 2 * INSET;
  ctx.font = `12px ${FONT}`;
  const captionLines = text.caption.flatMap((paragraph) => wrap(ctx, paragraph, inner, MAX_CAPTION_LINES));
  const linkLine = fit(ctx, text.link, inner);
  const captionHeight = (captionLines.length + 1) * LINE + 2 * INSET;
  const captionTop = height - PAD - captionHeight;
  panel(ctx, PAD, captionTop, width - 2 * PAD, captionHeight);
  ctx.fillStyle = INK;
  captionLines.forEach((line, i) => ctx.fillText(line, PAD + INSET, captionTop + INSET + i * LINE));
  ctx.fillStyle = "#1f4e9c";
  ctx.fillText(linkLine, PAD + INSET, captionTop + INSET + captionLines.length * LINE);

  // The bloc and the date(s), at the top left.
  ctx.font = `600 15px ${FONT}`;
  const title = fit(ctx, text.title, inner);
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `13px ${FONT}`;
  const dates = fit(ctx, text.dates, inner);
  const boxWidth = Math.max(titleWidth, ctx.measureText(dates).width) + 2 * INSET;
  panel(ctx, PAD, PAD, boxWidth, 2 * LINE + 6 + 2 * INSET);
  ctx.fillStyle = INK;
  ctx.font = `600 15px ${FONT}`;
  ctx.fillText(title, PAD + INSET, PAD + INSET);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(dates, PAD + INSET, PAD + INSET + LINE + 4);

  // The legend, above the caption: in as many columns as the height left needs.
  ctx.font = `12px ${FONT}`;
  const top = PAD + 2 * LINE + 6 + 2 * INSET + PAD;
  const room = Math.max(ROW, captionTop - PAD - top - 2 * INSET);
  const perColumn = Math.max(1, Math.floor(room / ROW));
  const columns = Math.ceil(text.legend.length / perColumn);
  const rows = Math.min(perColumn, text.legend.length);
  const columnWidth = Math.min(
    Math.max(...text.legend.map((row) => ctx.measureText(row.label).width)) + SWATCH + 6,
    (inner - (columns - 1) * INSET) / columns,
  );
  const legendHeight = rows * ROW + 2 * INSET - (ROW - SWATCH);
  const legendTop = captionTop - PAD - legendHeight;
  panel(ctx, PAD, legendTop, columns * columnWidth + (columns - 1) * INSET + 2 * INSET, legendHeight);
  text.legend.forEach((row, i) => {
    const x = PAD + INSET + Math.floor(i / perColumn) * (columnWidth + INSET);
    const y = legendTop + INSET + (i % perColumn) * ROW;
    swatch(ctx, row, x, y);
    ctx.fillStyle = INK;
    ctx.fillText(fit(ctx, row.label, columnWidth - SWATCH - 6), x + SWATCH + 6, y - 1);
  });
  return canvas;
}

/** The canvas as a PNG file. */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded"))), "image/png"));
}
