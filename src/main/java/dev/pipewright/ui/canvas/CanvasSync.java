package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.GroupBox;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.StageBox;
import dev.pipewright.model.Action;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.render.CardText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Keeps one node per stage, card and arrow, by key, in step with a layout: nodes whose model and
 * box are unchanged are not touched at all, so an edit of one action in a 500-action pipeline
 * changes one card (plus whatever really moved).
 */
final class CanvasSync {

    final Group stageLayer = new Group();
    final Group groupLayer = new Group();
    final Group arrowLayer = new Group();
    final Group cardLayer = new Group();

    private final Map<String, StageNode> stages = new LinkedHashMap<>();
    private final Map<GroupNode.Key, GroupNode> groups = new LinkedHashMap<>();
    private final Map<ActionRef, CardNode> cards = new LinkedHashMap<>();
    private final Map<ArrowKey, ArrowNode> arrows = new LinkedHashMap<>();

    CanvasSync() {
        stageLayer.setAutoSizeChildren(false);
        groupLayer.setAutoSizeChildren(false);
        groupLayer.setMouseTransparent(true);
        cardLayer.setAutoSizeChildren(false);
        arrowLayer.setAutoSizeChildren(false);
    }

    SyncStats apply(PipelineLayout layout, Map<CanvasItem, CanvasProblem> problems, ProviderCatalog catalog) {
        var counter = new int[4];
        Map<String, StageNode.Model> stageModels = new LinkedHashMap<>();
        for (StageBox s : layout.stages()) {
            stageModels.put(s.stage(), new StageNode.Model(s.stage(), s.box(), s.header(),
                    Optional.ofNullable(problems.get(new CanvasItem.StageItem(s.stage())))));
        }
        Map<ActionRef, CardNode.Model> cardModels = new LinkedHashMap<>();
        Map<String, Map<String, Action>> actions = new HashMap<>();
        layout.pipeline().stages().forEach(st -> {
            var byName = new HashMap<String, Action>();
            st.actions().forEach(a -> byName.put(a.name(), a));
            actions.put(st.name(), byName);
        });
        for (CardBox c : layout.cards()) {
            Action action = actions.get(c.ref().stage()).get(c.ref().action());
            boolean local = catalog.find(action.category(), action.provider()).map(p -> p.runsLocally()).orElse(true);
            cardModels.put(c.ref(), new CardNode.Model(action, CardText.subtitle(action, catalog), c.box(),
                    Optional.ofNullable(problems.get(new CanvasItem.CardItem(c.ref()))), local));
        }
        Map<GroupNode.Key, GroupNode.Model> groupModels = new LinkedHashMap<>();
        for (GroupBox g : layout.groups()) {
            int together = (int) layout.cards().stream().filter(c -> c.column() == g.column()).count();
            boolean numbered = layout.groupsOf(g.stage()).size() > 1;
            groupModels.put(new GroupNode.Key(g.stage(), g.runOrder()),
                    new GroupNode.Model(g.box(), g.runOrder(), together, numbered));
        }
        Map<ArrowKey, Arrow> arrowModels = new LinkedHashMap<>();
        layout.arrows().forEach(a -> arrowModels.put(a.key(), a));

        sync(stages, stageModels, k -> new StageNode(), StageNode::update, stageLayer, counter);
        sync(groups, groupModels, k -> new GroupNode(), GroupNode::update, groupLayer, counter);
        sync(cards, cardModels, CardNode::new, CardNode::update, cardLayer, counter);
        sync(arrows, arrowModels, ArrowNode::new, ArrowNode::update, arrowLayer, counter);
        return new SyncStats(counter[0], counter[1], counter[2], counter[3]);
    }

    private interface Updater<N, M> {
        boolean update(N node, M model);
    }

    private static <K, N extends Node, M> void sync(Map<K, N> nodes, Map<K, M> models, Function<K, N> create,
            Updater<N, M> updater, Group layer, int[] counter) {
        Set<K> gone = new HashSet<>(nodes.keySet());
        gone.removeAll(models.keySet());
        for (K key : gone) {
            layer.getChildren().remove(nodes.remove(key));
            counter[2]++;
        }
        for (var entry : models.entrySet()) {
            N node = nodes.get(entry.getKey());
            if (node == null) {
                node = create.apply(entry.getKey());
                nodes.put(entry.getKey(), node);
                updater.update(node, entry.getValue());
                layer.getChildren().add(node);
                counter[0]++;
            } else if (updater.update(node, entry.getValue())) {
                counter[1]++;
            } else {
                counter[3]++;
            }
        }
    }

    java.util.Collection<CardNode> cardNodes() {
        return cards.values();
    }

    java.util.Collection<GroupNode> groupNodes() {
        return groups.values();
    }

    java.util.Collection<StageNode> stageNodes() {
        return stages.values();
    }

    java.util.Collection<ArrowNode> arrowNodes() {
        return arrows.values();
    }

    Optional<CardNode> card(ActionRef ref) {
        return Optional.ofNullable(cards.get(ref));
    }

    Optional<StageNode> stage(String name) {
        return Optional.ofNullable(stages.get(name));
    }

    Optional<ArrowNode> arrow(ArrowKey key) {
        return Optional.ofNullable(arrows.get(key));
    }

    /** The node that shows {@code item}, if it is on the canvas. */
    Optional<Node> node(CanvasItem item) {
        if (item instanceof CanvasItem.CardItem c) {
            return Optional.ofNullable(cards.get(c.ref()));
        }
        if (item instanceof CanvasItem.StageItem s) {
            return Optional.ofNullable(stages.get(s.stage()));
        }
        var flow = (CanvasItem.ConnectionItem) item;
        return Optional.ofNullable(arrows.get(new ArrowKey.ArtifactFlow(flow.artifact(), flow.producer(), flow.consumer())));
    }
}
