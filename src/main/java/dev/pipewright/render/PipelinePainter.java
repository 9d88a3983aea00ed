package dev.pipewright.render;

import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.Box;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.layout.StageBox;
import dev.pipewright.model.Action;
import dev.pipewright.model.ProviderCatalog;
import java.util.List;

/** Paints a laid-out pipeline the way the canvas shows it: stages, cards, then arrows on top. */
final class PipelinePainter {

    private static final double CARD_RADIUS = 8;
    private static final double STAGE_RADIUS = 10;
    private static final double HEAD_LENGTH = 8;

    private final PipelineLayout layout;
    private final RenderTheme theme;
    private final ProviderCatalog catalog;

    PipelinePainter(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog) {
        this.layout = layout;
        this.theme = theme;
        this.catalog = catalog;
    }

    void paint(Drawing d) {
        d.rect(new Box(0, 0, layout.width(), layout.height()), 0, theme.background(), null, 0);
        for (StageBox stage : layout.stages()) {
            paintStage(d, stage);
        }
        for (Arrow arrow : layout.arrows()) {
            paintArrow(d, arrow);
        }
        for (CardBox card : layout.cards()) {
            Action action = layout.pipeline().stage(card.ref().stage())
                    .flatMap(s -> s.action(card.ref().action())).orElseThrow();
            paintCard(d, card, action);
        }
        for (Arrow arrow : layout.arrows()) {
            arrow.label().ifPresent(label -> paintLabel(d, label));
        }
    }

    private void paintStage(Drawing d, StageBox stage) {
        d.begin("stage", stage.stage());
        d.rect(stage.box(), STAGE_RADIUS, theme.stageFill(), theme.border(), 1);
        Box h = stage.header();
        d.line(List.of(new Point(h.x(), h.maxY()), new Point(h.maxX(), h.maxY())), theme.border(), 1);
        d.text(CardText.fit(stage.stage(), h.width() - 24, 14), h.x() + 14, h.centerY() + 5, 14, true, theme.text(), false);
        d.end();
    }

    private void paintCard(Drawing d, CardBox card, Action action) {
        Box b = card.box();
        d.begin("card", card.ref().toString());
        d.rect(b, CARD_RADIUS, theme.cardFill(), theme.border(), 1);
        var icon = new Point(b.x() + 24, b.centerY());
        d.circle(icon, 13, theme.accentMuted(), null, 0);
        d.text(CardText.glyph(action.category()), icon.x(), icon.y() + 4.5, 13, true, theme.accentText(), true);
        double textX = b.x() + 46;
        double textWidth = b.maxX() - textX - 12;
        d.text(CardText.fit(action.name(), textWidth, 13), textX, b.y() + 28, 13, true, theme.text(), false);
        d.text(CardText.fit(CardText.subtitle(action, catalog), textWidth, 11), textX, b.y() + 46, 11, false,
                theme.mutedText(), false);
        d.circle(card.outputPort(), 5, theme.accent(), theme.cardFill(), 2);
        d.end();
    }

    private void paintArrow(Drawing d, Arrow arrow) {
        boolean flow = arrow.key() instanceof ArrowKey.ArtifactFlow;
        String colour = flow ? theme.accentText() : theme.orderArrow();
        List<Point> points = arrow.points();
        Point head = arrow.head();
        Point before = points.get(points.size() - 2);
        double angle = Math.atan2(head.y() - before.y(), head.x() - before.x());
        // stop the line at the arrowhead's base so the tip stays sharp
        var shortened = new java.util.ArrayList<>(points.subList(0, points.size() - 1));
        shortened.add(new Point(head.x() - Math.cos(angle) * HEAD_LENGTH, head.y() - Math.sin(angle) * HEAD_LENGTH));
        d.line(shortened, colour, flow ? 1.6 : 1.4);
        d.polygon(arrowHead(head, angle), colour);
    }

    static List<Point> arrowHead(Point tip, double angle) {
        double spread = Math.toRadians(28);
        double len = HEAD_LENGTH + 1;
        return List.of(tip,
                new Point(tip.x() - len * Math.cos(angle - spread), tip.y() - len * Math.sin(angle - spread)),
                new Point(tip.x() - len * Math.cos(angle + spread), tip.y() - len * Math.sin(angle + spread)));
    }

    private void paintLabel(Drawing d, Arrow.Label label) {
        double width = label.text().length() * 6.2 + 10;
        var pill = new Box(label.center().x() - width / 2, label.center().y() - 7.5, width, 15);
        d.rect(pill, 7.5, theme.background(), theme.accentMuted(), 1);
        d.text(label.text(), label.center().x(), label.center().y() + 3.8, 10.5, false, theme.accentText(), true);
    }
}
