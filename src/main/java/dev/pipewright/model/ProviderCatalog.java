package dev.pipewright.model;

import java.util.List;
import java.util.Optional;

/** The providers known to this build, looked up by category and id. */
public interface ProviderCatalog {

    List<ProviderSpec> all();

    default Optional<ProviderSpec> find(ActionCategory category, String providerId) {
        return all().stream()
                .filter(p -> p.category() == category && p.id().equals(providerId))
                .findFirst();
    }

    /**
     * The description of {@code action}'s provider: a known one, or for an action type owned by
     * someone other than AWS, one made for it (see {@link ProviderSpec#ownedElsewhere}).
     */
    default Optional<ProviderSpec> find(Action action) {
        return find(action.category(), action.provider()).or(() -> action.ownedElsewhere()
                ? Optional.of(ProviderSpec.ownedElsewhere(action.category(), action.provider(), action.owner().get()))
                : Optional.empty());
    }

    default List<ProviderSpec> inCategory(ActionCategory category) {
        return all().stream().filter(p -> p.category() == category).toList();
    }
}
