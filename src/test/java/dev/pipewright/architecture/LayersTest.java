package dev.pipewright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md §5 as allow-lists: each package names what it may use (ours and the
 * libraries'), a package not named here fails the build until it is placed, no two packages
 * depend on each other in a circle, and only the command line and the window print.
 */
@AnalyzeClasses(packages = "dev.pipewright", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String JDK = "java..";

    /** Each top-level package of ours and what it may use besides itself and the JDK. */
    static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("platform", List.of()),
            // the one guarded way to read a file a person names
            Map.entry("input", List.of("com.fasterxml.jackson..")), // it turns the parser's complaints into words
            Map.entry("git", List.of("platform", "org.eclipse.jgit..")),
            Map.entry("io", List.of("model", "input", "com.fasterxml.jackson..")),
            Map.entry("actions", List.of("model", "git", "input", "com.fasterxml.jackson..", "javax.xml..", "org.w3c.dom..",
                    "org.xml.sax..")),
            Map.entry("edit", List.of("model", "io", "com.fasterxml.jackson..")),
            Map.entry("layout", List.of("model")),
            Map.entry("render", List.of("model", "layout", "javax.imageio..")),
            // the engine writes its records and snapshots with io's atomic files and pipeline files
            // (issue 10 names giving it its own writer as the fix)
            Map.entry("engine", List.of("model", "actions", "io", "platform", "com.fasterxml.jackson..")),
            Map.entry("interop", List.of("model", "input", "com.fasterxml.jackson..", "org.yaml.snakeyaml..")),
            Map.entry("watch", List.of("model", "actions", "engine", "git")),
            // teaching: concepts, samples, simulation's wait reasons and lessons, headless for the CLI and window
            Map.entry("learn", List.of("model", "io", "input", "actions", "engine", "git", "render", "layout", "edit",
                    "com.fasterxml.jackson..")),
            Map.entry("cli", List.of("model", "io", "input", "actions", "engine", "git", "interop", "render", "watch",
                    "learn", "picocli..", "com.fasterxml.jackson..")),
            Map.entry("ui", List.of("model", "io", "input", "actions", "engine", "git", "interop", "render", "watch", "edit",
                    "layout", "learn", "javafx..", "com.sun.javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..", "com.fasterxml.jackson..")));

    /** Checks every package's allow-list and reports all that are broken, each with its uses. */
    @ArchTest
    static void eachPackageUsesOnlyWhatItIsAllowed(JavaClasses classes) {
        var broken = new ArrayList<String>();
        for (var entry : MAY_USE.entrySet()) {
            var allowed = new ArrayList<String>(List.of(JDK, "dev.pipewright." + entry.getKey() + ".."));
            for (String use : entry.getValue()) {
                allowed.add(use.contains(".") ? use : "dev.pipewright." + use + "..");
            }
            var result = classes().that().resideInAPackage("dev.pipewright." + entry.getKey() + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .evaluate(classes);
            if (result.hasViolation()) {
                broken.add(entry.getKey() + " may use only " + entry.getValue() + " but:\n  "
                        + String.join("\n  ", result.getFailureReport().getDetails()));
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("DESIGN.md §5: a package uses what it is not allowed to (place the use, or "
                    + "widen LayersTest.MAY_USE with a reason)\n" + String.join("\n", broken));
        }
    }

    /** The entry point chooses between the command line and the window, nothing more. */
    @ArchTest
    static final ArchRule theEntryPointOnlyChooses = classes().that().resideInAPackage("dev.pipewright")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.pipewright", "dev.pipewright.cli..",
                    "dev.pipewright.ui");

    @Test
    void everyPackageIsPlaced() {
        JavaClasses ours = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.pipewright");
        var found = new TreeSet<String>();
        for (JavaClass c : ours) {
            String rest = c.getPackageName().substring("dev.pipewright".length());
            if (!rest.isEmpty()) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertEquals(new TreeSet<>(MAY_USE.keySet()), found,
                "a new package must be placed in LayersTest.MAY_USE (and DESIGN.md §5) with what it may use");
    }

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.pipewright.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsParts = slices().matching("dev.pipewright.ui.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theWindowsPartsDoNotReachBackIntoTheWindow = noClasses()
            .that().resideInAPackage("dev.pipewright.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.pipewright.ui")
            .because("the canvas, logs, run views and the window state are parts the window wires; they talk "
                    + "to it through the state and narrow interfaces, never through its classes");

    @ArchTest
    static final ArchRule noPartHoldsTheMainWindow = noClasses()
            .that().resideInAPackage("dev.pipewright.ui..")
            .and().haveNameNotMatching("dev\\.pipewright\\.ui\\.(MainWindow|PipewrightApp)(\\$.*)?")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.pipewright.ui.MainWindow")
            .because("DESIGN.md §5, one window state: the window lays out and wires; its parts read and write "
                    + "the state, and never call back into the window");

    @ArchTest
    static final ArchRule theGesturesSeeANarrowCanvas = noClasses()
            .that().resideInAPackage("dev.pipewright.ui.canvas")
            .and().haveSimpleNameEndingWith("Gesture").or().haveSimpleName("PointerGestures")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.pipewright.ui.canvas.PipelineCanvas")
            .because("a gesture touches the canvas through GestureSurface (layout, selection, nodes, overlay, "
                    + "listener), never the whole canvas, so that the canvas does not grow into a god class");

    @ArchTest
    static final ArchRule onlyTheCommandLineAndTheWindowPrint = noClasses()
            .that().resideOutsideOfPackages("dev.pipewright.cli..", "dev.pipewright.ui..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the engine and the layers under it speak through events and results; only cli and ui "
                    + "decide what reaches a terminal");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.pipewright.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("the engine and the command line run headless (DESIGN.md §5)");
}
