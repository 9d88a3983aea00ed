package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copied actions as text for the system clipboard:
 * {@code {"pipewrightClipboard": 1, "document": <a pipeline file holding the copied actions>}}.
 * The inner document is the ordinary file format, so the fragment is read with the same checks
 * as a file; the marker makes other text on the clipboard be refused rather than guessed at.
 */
public final class Clipboard {

    /** The marker field and the fragment version it holds. */
    public static final String MARKER = "pipewrightClipboard";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Clipboard() {
    }

    /** The actions as clipboard text, in their stages' order, runOrders kept. */
    public static String copy(Pipeline pipeline, Collection<ActionRef> refs) {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("Nothing is selected to copy.");
        }
        Map<String, List<Action>> byStage = new LinkedHashMap<>();
        pipeline.stages().forEach(s -> byStage.put(s.name(), new ArrayList<>()));
        for (ActionRef ref : new HashSet<>(refs)) {
            Located at = Located.find(pipeline, ref);
            byStage.get(ref.stage()).add(at.action());
        }
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Action> chosen = stage.actions().stream().filter(byStage.get(stage.name())::contains).toList();
            if (!chosen.isEmpty()) {
                stages.add(Stage.of(stage.name()).withActions(chosen));
            }
        }
        try {
            ObjectNode root = JSON.createObjectNode();
            root.put(MARKER, VERSION);
            root.set("document", JSON.readTree(PipelineFiles.write(Pipeline.of(pipeline.name()).withStages(stages))));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the pipeline writer produced unreadable JSON", e);
        }
    }

    /** Whether {@code text} looks like copied actions, for enabling Paste. */
    public static boolean holdsActions(String text) {
        return fragment(text).isPresent();
    }

    /**
     * Puts copied actions at {@code where}, with names, artifacts and namespaces made unique.
     * Links among the pasted actions follow their renamed artifacts; a link to an artifact from
     * outside is kept only if an action that runs before the pasted one makes it (see the notes).
     * The selection is the pasted actions.
     */
    public static EditResult paste(Pipeline pipeline, String text, Placement where) {
        JsonNode document = fragment(text).orElseThrow(() -> new IllegalArgumentException(
                "The clipboard holds no Pipewright actions."));
        Pipeline copied;
        try {
            copied = PipelineFiles.read(document.toString(), "the clipboard");
        } catch (PipelineFileException e) {
            throw new IllegalArgumentException("The copied actions cannot be read: " + e.getMessage());
        }
        Set<String> taken = Copies.takenNames(pipeline);
        Map<String, String> artifacts = new HashMap<>();
        Map<String, String> namespaces = new HashMap<>();
        List<Placing.Arrival> arrivals = new ArrayList<>();
        int rank = 0;
        for (Stage stage : copied.stages()) {
            int lastRunOrder = Integer.MIN_VALUE;
            for (Action action : stage.actions().stream()
                    .sorted(java.util.Comparator.comparingInt(Action::runOrder)).toList()) {
                if (action.runOrder() != lastRunOrder) {
                    rank++;
                    lastRunOrder = action.runOrder();
                }
                Action renamed = Copies.renamedOutputs(taken, action, artifacts);
                action.namespace().ifPresent(ns -> namespaces.put(ns, renamed.namespace().orElseThrow()));
                arrivals.add(new Placing.Arrival(renamed, rank));
            }
        }
        List<Placing.Arrival> linked = arrivals.stream().map(a -> new Placing.Arrival(relink(a.action(), artifacts,
                namespaces), a.rank())).toList();
        EditResult placed = Placing.place(pipeline, List.of(), linked, where, true);
        return dropUnreachable(placed, new HashSet<>(artifacts.values()));
    }

    private static Action relink(Action action, Map<String, String> artifacts, Map<String, String> namespaces) {
        Action a = action.withInputArtifacts(action.inputArtifacts().stream()
                .map(i -> artifacts.getOrDefault(i, i)).toList());
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            if (!ns.getKey().equals(ns.getValue())) {
                a = Renames.rewriteReferences(a, ns.getKey(), ns.getValue());
            }
        }
        return a;
    }

    /** Outside links the pasted actions cannot reach where they landed are removed, and said. */
    private static EditResult dropUnreachable(EditResult placed, Set<String> internal) {
        Pipeline p = placed.pipeline();
        var notes = new ArrayList<String>();
        for (ActionRef ref : placed.selection()) {
            Located at = Located.find(p, ref);
            List<String> kept = new ArrayList<>();
            for (String input : at.action().inputArtifacts()) {
                boolean reachable = internal.contains(input)
                        || Located.producersOf(p, input).stream().anyMatch(prod -> prod.runsBefore(at));
                if (reachable) {
                    kept.add(input);
                } else {
                    notes.add("Pasted " + at.describe() + " no longer takes '" + input
                            + "': no action before it makes that artifact.");
                }
            }
            if (kept.size() != at.action().inputArtifacts().size()) {
                p = Edits.mapAction(p, ref, a -> a.withInputArtifacts(kept));
            }
        }
        return new EditResult(p, placed.selection(), notes);
    }

    private static Optional<JsonNode> fragment(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root != null && root.isObject() && root.path(MARKER).asInt(-1) == VERSION
                    && root.path("document").isObject()) {
                return Optional.of(root.get("document"));
            }
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
