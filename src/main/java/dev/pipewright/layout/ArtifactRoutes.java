package dev.pipewright.layout;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes artifact flows orthogonally so that they never cross a card: out of the producer's port
 * into the gap after its column; if the consumer's column comes right after, down (or up) that gap
 * to the consumer; otherwise down to a lane of its own below the stages, along it, and up the gap
 * before the consumer's column. Vertical runs sharing a gap get tracks of their own, and all flows
 * of one artifact from one producer share their tracks and lane, so a fan-out reads as one bus.
 */
final class ArtifactRoutes {

    private static final double TRACK_SPACING = 8;
    private static final double LABEL_CHAR_WIDTH = 6.2;
    private static final double LABEL_OFFSET = 9;

    private final LayoutMetrics m;
    private final Map<ActionRef, CardBox> cards = new HashMap<>();
    private final List<double[]> columns;
    private final double lanesTop;
    private final List<Flow> flows = new ArrayList<>();
    /** Per gap (the gap after column g; -1 = before the first column): the track keys, in order. */
    private final Map<Integer, List<String>> tracks = new HashMap<>();
    private final Map<String, Integer> lanes = new LinkedHashMap<>();

    ArtifactRoutes(Pipeline pipeline, LayoutMetrics metrics, List<CardBox> cardBoxes, List<double[]> columns,
            double lanesTop) {
        this.m = metrics;
        this.columns = columns;
        this.lanesTop = lanesTop;
        cardBoxes.forEach(c -> cards.put(c.ref(), c));
        collect(pipeline);
    }

    private record Flow(String artifact, CardBox producer, CardBox consumer, int inputIndex, int inputCount) {
        String outKey() {
            return "out " + producer.ref() + " " + artifact;
        }

        String inKey() {
            return "in " + consumer.ref() + " " + artifact;
        }

        boolean adjacent() {
            return consumer.column() == producer.column() + 1;
        }
    }

    private void collect(Pipeline pipeline) {
        Map<String, List<ActionRef>> producers = new HashMap<>();
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                for (OutputArtifact out : action.outputArtifacts()) {
                    producers.computeIfAbsent(out.name(), k -> new ArrayList<>()).add(new ActionRef(stage.name(), action.name()));
                }
            }
        }
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                var consumerRef = new ActionRef(stage.name(), action.name());
                CardBox consumer = cards.get(consumerRef);
                List<String> inputs = action.inputArtifacts();
                for (int k = 0; k < inputs.size(); k++) {
                    for (ActionRef producerRef : producers.getOrDefault(inputs.get(k), List.of())) {
                        CardBox producer = cards.get(producerRef);
                        if (producer != null && consumer != null && !producerRef.equals(consumerRef)) {
                            addFlow(new Flow(inputs.get(k), producer, consumer, k, inputs.size()));
                        }
                    }
                }
            }
        }
    }

    private void addFlow(Flow flow) {
        flows.add(flow);
        track(flow.producer().column(), flow.outKey());
        if (!flow.adjacent()) {
            track(flow.consumer().column() - 1, flow.inKey());
            lanes.putIfAbsent(flow.outKey(), lanes.size());
        }
    }

    private void track(int gap, String key) {
        List<String> keys = tracks.computeIfAbsent(gap, g -> new ArrayList<>());
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /** The lowest point the lanes reach. */
    double bottom() {
        return lanes.isEmpty() ? lanesTop : lanesTop + lanes.size() * m.laneHeight();
    }

    List<Arrow> arrows() {
        var arrows = new ArrayList<Arrow>();
        for (Flow flow : flows) {
            Point start = flow.producer().outputPort();
            Box target = flow.consumer().box();
            double endY = target.y() + target.height() * (flow.inputIndex() + 1) / (flow.inputCount() + 1);
            double outX = trackX(flow.producer().column(), flow.outKey());
            var points = new ArrayList<Point>();
            points.add(start);
            points.add(new Point(outX, start.y()));
            double inGapCenter;
            if (flow.adjacent()) {
                points.add(new Point(outX, endY));
                inGapCenter = gapCenter(flow.producer().column());
            } else {
                double laneY = lanesTop + (lanes.get(flow.outKey()) + 0.5) * m.laneHeight();
                double inX = trackX(flow.consumer().column() - 1, flow.inKey());
                points.add(new Point(outX, laneY));
                points.add(new Point(inX, laneY));
                points.add(new Point(inX, endY));
                inGapCenter = gapCenter(flow.consumer().column() - 1);
            }
            points.add(new Point(target.x(), endY));
            var key = new ArrowKey.ArtifactFlow(flow.artifact(), flow.producer().ref(), flow.consumer().ref());
            arrows.add(new Arrow(key, points, Optional.of(label(flow.artifact(), inGapCenter, endY - LABEL_OFFSET))));
        }
        return arrows;
    }

    /** The name, shortened with an ellipsis when it would spill out of the gap onto the cards. */
    private Arrow.Label label(String artifact, double centerX, double centerY) {
        int fits = (int) ((m.groupGap() - 12) / LABEL_CHAR_WIDTH);
        String text = artifact.length() <= fits ? artifact : artifact.substring(0, Math.max(1, fits - 1)) + "…";
        return new Arrow.Label(text, new Point(centerX, centerY));
    }

    private double trackX(int gap, String key) {
        List<String> keys = tracks.get(gap);
        int index = keys.indexOf(key);
        double spacing = Math.min(TRACK_SPACING, gapWidth(gap) * 0.6 / Math.max(1, keys.size()));
        return gapCenter(gap) + (index - (keys.size() - 1) / 2.0) * spacing;
    }

    private double gapLeft(int gap) {
        return gap < 0 ? columns.get(0)[0] - m.stagePadding() - m.margin() : columns.get(gap)[1];
    }

    private double gapRight(int gap) {
        return gap + 1 >= columns.size() ? columns.get(columns.size() - 1)[1] + m.stagePadding() + m.margin()
                : columns.get(gap + 1)[0];
    }

    private double gapWidth(int gap) {
        return gapRight(gap) - gapLeft(gap);
    }

    private double gapCenter(int gap) {
        return (gapLeft(gap) + gapRight(gap)) / 2;
    }
}
