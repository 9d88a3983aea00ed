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

    default List<ProviderSpec> inCategory(ActionCategory category) {
        return all().stream().filter(p -> p.category() == category).toList();
    }
}
