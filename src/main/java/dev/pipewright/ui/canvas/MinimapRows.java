package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.StageBox;
import java.util.ArrayList;
import java.util.List;

/**
 * How the minimap folds a long pipeline: its stages in consecutive rows, as many rows as make the
 * overview largest within the minimap's size. A pipeline of 50 stages drawn in one row was a strip
 * 220 pixels wide and a few high, with cards of less than a pixel; in rows it fills the box.
 * Maps world points to the minimap and back.
 */
record MinimapRows(List<Row> rows, double ratio, double rowHeight, double gap) {

    /** Stages from {@code fromX} to {@code toX} of the world, drawn from the row's top at {@code top} (world units). */
    record Row(double fromX, double toX, double top) {
        double width() {
            return toX - fromX;
        }
    }

    static MinimapRows of(PipelineLayout layout, double maxWidth, double maxHeight) {
        List<StageBox> stages = layout.stages();
        // the stages' height, not the layout's: the artifact arrows' lanes below them, which the
        // minimap does not draw, made a 50-stage layout 9,544 units high for cards in the top 1,500
        double height = Math.max(1, stages.stream().mapToDouble(s -> s.box().maxY()).max().orElse(layout.height()));
        double gap = height * 0.08;
        MinimapRows best = oneRow(layout, height, maxWidth, maxHeight);
        for (int count = 2; count <= stages.size(); count++) {
            MinimapRows rows = split(stages, count, layout.width(), height, gap, maxWidth, maxHeight);
            if (rows.ratio > best.ratio) {
                best = rows;
            }
        }
        return best;
    }

    private static MinimapRows oneRow(PipelineLayout layout, double height, double maxWidth, double maxHeight) {
        double width = Math.max(1, layout.width());
        return new MinimapRows(List.of(new Row(0, width, 0)), Math.min(maxWidth / width, maxHeight / height), height, 0);
    }

    /** {@code count} rows of about equal width, each starting at a stage's left edge. */
    private static MinimapRows split(List<StageBox> stages, int count, double worldWidth, double height, double gap,
                                     double maxWidth, double maxHeight) {
        double total = stages.get(stages.size() - 1).box().maxX() - stages.get(0).box().x();
        double target = total / count;
        var rows = new ArrayList<Row>();
        int first = 0;
        for (int i = 0; i < stages.size(); i++) {
            boolean last = i == stages.size() - 1;
            double span = stages.get(i).box().maxX() - stages.get(first).box().x();
            if (last || span >= target && rows.size() < count - 1) {
                double from = first == 0 ? 0 : stages.get(first).box().x();
                double to = last ? Math.max(worldWidth, stages.get(i).box().maxX()) : stages.get(i).box().maxX();
                rows.add(new Row(from, to, rows.size() * (height + gap)));
                first = i + 1;
            }
        }
        double widest = rows.stream().mapToDouble(Row::width).max().orElse(1);
        double tall = rows.size() * height + (rows.size() - 1) * gap;
        return new MinimapRows(List.copyOf(rows), Math.min(maxWidth / widest, maxHeight / tall), height, gap);
    }

    double width() {
        return Math.ceil(rows.stream().mapToDouble(Row::width).max().orElse(0) * ratio);
    }

    double height() {
        return Math.ceil((rows.size() * rowHeight + (rows.size() - 1) * gap) * ratio);
    }

    /** The row holding world x (the last row for points past the end). */
    private Row rowAt(double worldX) {
        for (Row row : rows) {
            if (worldX < row.toX) {
                return row;
            }
        }
        return rows.get(rows.size() - 1);
    }

    /** The parts of a world box as minimap rectangles: one per row it crosses. */
    List<Box> toMap(Box world) {
        var parts = new ArrayList<Box>();
        for (Row row : rows) {
            double from = Math.max(world.x(), row.fromX);
            double to = Math.min(world.maxX(), row.toX);
            double top = Math.max(0, world.y());
            double bottom = Math.min(rowHeight, world.maxY());
            if (to > from && bottom > top) {
                parts.add(new Box((from - row.fromX) * ratio, (top + row.top) * ratio,
                        (to - from) * ratio, (bottom - top) * ratio));
            }
        }
        return parts;
    }

    /** The world point under the minimap point ({@code x}, {@code y}). */
    double[] toWorld(double x, double y) {
        double rowPitch = (rowHeight + gap) * ratio;
        int index = (int) Math.max(0, Math.min(rows.size() - 1, Math.floor(y / rowPitch)));
        Row row = rows.get(index);
        double worldX = Math.min(row.toX, row.fromX + x / ratio);
        double worldY = Math.max(0, Math.min(rowHeight, y / ratio - row.top));
        return new double[] {worldX, worldY};
    }

    /** A card on the minimap: cards never cross a row's edge, as rows end between stages. */
    Box cardToMap(Box card) {
        Row row = rowAt(card.x());
        return new Box((card.x() - row.fromX) * ratio, (card.y() + row.top) * ratio, card.width() * ratio,
                card.height() * ratio);
    }
}
