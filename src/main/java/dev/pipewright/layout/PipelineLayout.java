package dev.pipewright.layout;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import dev.pipewright.model.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every part of a pipeline is drawn, derived from its structure alone: stages as columns
 * left to right, each stage's runOrder groups as sub-columns, a group's cards stacked. The canvas
 * and the image export both draw from this, and drag and drop asks it what lies under the pointer.
 */
public final class PipelineLayout {

    private final Pipeline pipeline;
    private final LayoutMetrics metrics;
    private final double width;
    private final double height;
    private final List<StageBox> stages;
    private final List<GroupBox> groups;
    private final Map<ActionRef, CardBox> cards;
    private final List<Arrow> arrows;
    private final DropZones dropZones;

    PipelineLayout(Pipeline pipeline, LayoutMetrics metrics, double width, double height, List<StageBox> stages,
            List<GroupBox> groups, List<CardBox> cards, List<Arrow> arrows) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.width = width;
        this.height = height;
        this.stages = List.copyOf(stages);
        this.groups = List.copyOf(groups);
        var byRef = new LinkedHashMap<ActionRef, CardBox>();
        cards.forEach(c -> byRef.put(c.ref(), c));
        this.cards = java.util.Collections.unmodifiableMap(byRef);
        this.arrows = List.copyOf(arrows);
        this.dropZones = new DropZones(this);
    }

    /** The layout of {@code pipeline} with the default sizes. */
    public static PipelineLayout of(Pipeline pipeline) {
        return of(pipeline, LayoutMetrics.defaults());
    }

    public static PipelineLayout of(Pipeline pipeline, LayoutMetrics metrics) {
        return new ColumnLayout(pipeline, metrics).build();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public LayoutMetrics metrics() {
        return metrics;
    }

    /** The whole drawing's width, margins included. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<StageBox> stages() {
        return stages;
    }

    /** Every group of every stage, stage by stage, in ascending runOrder. */
    public List<GroupBox> groups() {
        return groups;
    }

    public List<GroupBox> groupsOf(String stage) {
        return groups.stream().filter(g -> g.stage().equals(stage)).toList();
    }

    /** The cards in stage order, then group order, then file order within a group. */
    public List<CardBox> cards() {
        return List.copyOf(cards.values());
    }

    public Optional<CardBox> card(ActionRef ref) {
        return Optional.ofNullable(cards.get(ref));
    }

    public Optional<StageBox> stage(String name) {
        return stages.stream().filter(s -> s.stage().equals(name)).findFirst();
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    /** The card under the point, if any. */
    public Optional<ActionRef> cardAt(double x, double y) {
        return cards.values().stream().filter(c -> c.box().contains(x, y)).map(CardBox::ref).findFirst();
    }

    /** The card whose output port is within reach of the point, if any. */
    public Optional<ActionRef> outputPortAt(double x, double y) {
        var p = new Point(x, y);
        return cards.values().stream()
                .filter(c -> c.outputPort().distanceTo(p) <= metrics.portRadius())
                .map(CardBox::ref).findFirst();
    }

    /** The stage whose header is under the point, if any. */
    public Optional<String> stageHeaderAt(double x, double y) {
        return stages.stream().filter(s -> s.header().contains(x, y)).map(StageBox::stage).findFirst();
    }

    /** The nearest arrow within {@code tolerance} of the point, if any. */
    public Optional<Arrow> arrowAt(double x, double y, double tolerance) {
        var p = new Point(x, y);
        Arrow best = null;
        double bestDistance = tolerance;
        for (Arrow a : arrows) {
            double d = a.distanceTo(p);
            if (d <= bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where something dropped at the point lands; see {@link DropZones}. */
    public Placement placementAt(double x, double y) {
        return dropZones.placementAt(x, y);
    }

    /** The index a stage dragged to {@code x} takes among the stages once it has moved. */
    public int stageIndexAt(String movedStage, double x) {
        return dropZones.stageIndexAt(movedStage, x);
    }

    /** Where to show that a drop would land at {@code placement}: a bar or a ghost card. */
    public Box marker(Placement placement) {
        return dropZones.marker(placement);
    }
}
