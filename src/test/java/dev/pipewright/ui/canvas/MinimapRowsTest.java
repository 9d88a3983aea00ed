package dev.pipewright.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.bench.GeneratePipeline;
import dev.pipewright.layout.Box;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.PipelineLayout;
import org.junit.jupiter.api.Test;

/** The minimap of a long pipeline folds its stages into rows and fills its box instead of a thin strip. */
class MinimapRowsTest {

    @Test
    void fiftyStagesFoldIntoRowsThatFillTheBox() {
        var layout = PipelineLayout.of(GeneratePipeline.ofActions(2000));
        assertEquals(50, layout.stages().size());
        var rows = MinimapRows.of(layout, Minimap.MAX_WIDTH, Minimap.MAX_HEIGHT);
        double oneRowHeight = layout.height() * Math.min(Minimap.MAX_WIDTH / layout.width(),
                Minimap.MAX_HEIGHT / layout.height());
        assertTrue(rows.rows().size() > 1, "one row");
        assertTrue(rows.width() <= Minimap.MAX_WIDTH + 1 && rows.height() <= Minimap.MAX_HEIGHT + 1,
                rows.width() + " x " + rows.height());
        assertTrue(rows.width() * rows.height() > 3 * Minimap.MAX_WIDTH * oneRowHeight,
                "the overview is " + rows.width() + " x " + rows.height() + ", one row was 220 x " + oneRowHeight);

        // a click on a card of the last stage, drawn in a later row, moves the view to that card
        CardBox last = layout.cards().get(layout.cards().size() - 1);
        Box onMap = rows.cardToMap(last.box());
        assertTrue(onMap.y() > rows.rowHeight() * rows.ratio(), "the last stage is in a later row");
        double[] world = rows.toWorld(onMap.centerX(), onMap.centerY());
        assertTrue(last.box().contains(world[0], world[1]),
                "clicked " + world[0] + "," + world[1] + " for " + last.box());
        // every stage is drawn, each in exactly one row
        layout.stages().forEach(s -> assertEquals(1, rows.toMap(s.box()).size(), s.stage()));
    }

    @Test
    void aShortPipelineKeepsOneRow() {
        var layout = PipelineLayout.of(GeneratePipeline.ofActions(20));
        var rows = MinimapRows.of(layout, Minimap.MAX_WIDTH, Minimap.MAX_HEIGHT);
        assertEquals(1, rows.rows().size());
        var card = layout.cards().get(3).box();
        double[] world = rows.toWorld(rows.cardToMap(card).centerX(), rows.cardToMap(card).centerY());
        assertTrue(card.contains(world[0], world[1]));
    }
}
