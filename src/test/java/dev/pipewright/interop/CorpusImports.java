package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** One test per real file of a corpus folder: it imports into a pipeline without validation errors. */
public final class CorpusImports {

    private CorpusImports() {
    }

    public static Stream<DynamicTest> eachImportsIntoAValidPipeline(String folder, PipelineImporter importer) {
        return SharedFiles.eachCorpusFile(folder, file -> {
            Imported imported;
            try {
                imported = importer.read(SharedFiles.read(file), file.getFileName().toString());
            } catch (InteropException e) {
                throw new AssertionError(e.getMessage(), e);
            }
            List<Problem> errors = PipelineValidator.validate(imported.pipeline(), Providers.builtIn()).stream()
                    .filter(Problem::isError).toList();
            assertTrue(errors.isEmpty(), () -> file + ":\n" + errors.stream().map(Object::toString)
                    .reduce("", (a, b) -> a + b + "\n"));
            assertFalse(imported.pipeline().stages().isEmpty());
            assertFalse(imported.report().isEmpty(), "real CI files always have something that does not carry over");
            if (Boolean.getBoolean("pipewright.print")) {
                System.out.println("== " + file.getFileName());
                System.out.println(dev.pipewright.io.PipelineFiles.write(imported.pipeline()));
                imported.report().notes().forEach(n -> System.out.println("  - " + n));
            }
        });
    }
}
