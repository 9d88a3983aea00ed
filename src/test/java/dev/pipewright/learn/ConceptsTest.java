package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptsTest {

    /** The concepts issue 12 names, each of which a newcomer must find explained. */
    static final List<String> NAMED = List.of("pipeline", "stage", "action", "category", "provider", "runOrder",
            "parallel", "artifact", "variable", "namespace", "trigger", "execution", "executionMode", "transition",
            "approval", "retry", "superseded", "queued", "timeout");

    @Test
    void everyNamedConceptHasAnExplanationAndAnAnalogy() {
        for (String id : NAMED) {
            Concept c = Concepts.find(id).orElseThrow(() -> new AssertionError("no concept " + id));
            assertTrue(c.plain().length() > 80, id + " is explained in a sentence or two: " + c.plain());
            assertFalse(c.analogy().isBlank(), id + " has an analogy");
            assertFalse(c.title().isBlank(), id + " has a title");
        }
    }

    @Test
    void idsAreUniqueAndRelatedOnesExist() {
        var ids = new HashSet<String>();
        for (Concept c : Concepts.all()) {
            assertTrue(ids.add(c.id()), "twice: " + c.id());
        }
        for (Concept c : Concepts.all()) {
            for (String r : c.related()) {
                assertTrue(ids.contains(r), c.id() + " relates to unknown " + r);
                assertFalse(r.equals(c.id()), c.id() + " relates to itself");
            }
        }
    }

    @Test
    void searchFindsByTitleFirstThenByWordsInTheText() {
        assertEquals("runOrder", Concepts.search("runorder").get(0).id());
        assertEquals("approval", Concepts.search("Approval").get(0).id(), "the title match comes first");
        assertTrue(Concepts.search("approval").size() > 1, "others mention approvals too");
        assertTrue(Concepts.search("oven door").stream().anyMatch(c -> c.id().equals("queued")));
        assertTrue(Concepts.search("no such words anywhere").isEmpty());
        assertEquals(Concepts.all(), Concepts.search("  "));
    }

    @Test
    void findIgnoresCase() {
        assertEquals("executionMode", Concepts.find("EXECUTIONMODE").orElseThrow().id());
        assertTrue(Concepts.find("nothing").isEmpty());
    }
}
