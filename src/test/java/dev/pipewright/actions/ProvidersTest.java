package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    @Test
    void builtInsCoverEveryCategoryOnce() {
        Providers providers = Providers.builtIn();
        assertEquals(List.of("Source/LocalFolder", "Source/Git", "Build/Shell", "Test/Shell", "Deploy/Folder",
                        "Deploy/Archive", "Approval/Manual", "Invoke/Http", "Invoke/Pipeline", "Build/CodeBuild",
                        "Test/CodeBuild"),
                providers.all().stream().filter(ProviderSpec::runsLocally).map(s -> s.category() + "/" + s.id()).toList());
        var ids = new HashSet<String>();
        providers.all().forEach(s -> assertTrue(ids.add(s.category() + "/" + s.id()), "twice: " + s.id()));
        assertTrue(providers.find(ActionCategory.DEPLOY, "CodeDeploy").filter(s -> !s.runsLocally()).isPresent());
        assertTrue(providers.provider(ActionCategory.TEST, "Shell").isPresent());
    }

    @Test
    void everySpecIsDescribedAndItsDefaultsPassItsOwnChecks() {
        for (ProviderSpec spec : Providers.builtIn().all()) {
            assertFalse(spec.summary().isBlank(), spec.id());
            assertTrue(spec.explanation().length() > 100, spec.id());
            var keys = new HashSet<String>();
            for (SettingSpec setting : spec.settings()) {
                assertTrue(keys.add(setting.key()), "duplicate " + setting.key());
                assertFalse(setting.description().isBlank(), setting.key());
                setting.defaultValue().ifPresent(d -> {
                    assertTrue(setting.type().accepts(d), spec.id() + "." + setting.key());
                    assertEquals(java.util.Optional.empty(), setting.check().apply(d), spec.id() + "." + setting.key());
                    if (!setting.choices().isEmpty()) {
                        assertTrue(setting.choices().contains(d.asText()), setting.key());
                    }
                });
            }
        }
    }
}
