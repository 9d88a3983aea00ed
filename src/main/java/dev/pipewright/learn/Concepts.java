package dev.pipewright.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every concept a newcomer meets in Pipewright, read once from {@code concepts.json} beside this
 * class, so the Learn panel, the tooltips, the lessons and the command line tell the same story.
 */
public final class Concepts {

    private static final String RESOURCE = "concepts.json";
    private static final List<Concept> ALL = load();

    private Concepts() {
    }

    /** Every concept, in the order a course would meet them. */
    public static List<Concept> all() {
        return ALL;
    }

    public static Optional<Concept> find(String id) {
        return ALL.stream().filter(c -> c.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The concepts whose title, id, explanation or analogy holds every word of {@code text}
     * (case-insensitive), those matching by title first; an empty text gives them all.
     */
    public static List<Concept> search(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (text.isBlank()) {
            return ALL;
        }
        var found = new ArrayList<Concept>();
        for (Concept c : ALL) {
            String haystack = (c.title() + " " + c.id() + " " + c.plain() + " " + c.analogy()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= haystack.contains(w);
            }
            if (all) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparing((Concept c) -> !inTitle(c, words)));
        return List.copyOf(found);
    }

    private static boolean inTitle(Concept c, String[] words) {
        String title = (c.title() + " " + c.id()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!title.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<Concept> load() {
        try (InputStream in = Concepts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("this build of Pipewright lacks " + RESOURCE);
            }
            var list = new ArrayList<Concept>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                var related = new ArrayList<String>();
                n.path("related").forEach(r -> related.add(r.asText()));
                list.add(new Concept(n.path("id").asText(), n.path("title").asText(), n.path("plain").asText(),
                        n.path("analogy").asText(), related));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " of this build", e);
        }
    }
}
