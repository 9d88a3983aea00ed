package dev.pipewright.learn;

import java.util.List;
import java.util.Objects;

/**
 * One idea of CI/CD explained for a newcomer.
 *
 * @param id      a stable key (the model's word: {@code runOrder}, {@code executionMode})
 * @param title   what a person calls it
 * @param plain   a short explanation in plain words
 * @param analogy the same idea on the assembly line of a bakery
 * @param related ids of the concepts worth reading next
 */
public record Concept(String id, String title, String plain, String analogy, List<String> related) {
    public Concept {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(plain);
        Objects.requireNonNull(analogy);
        related = List.copyOf(related);
    }
}
