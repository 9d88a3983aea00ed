package dev.pipewright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md §5, kept by the build. */
@AnalyzeClasses(packages = "dev.pipewright", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.pipewright.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("the engine and the command line run headless (DESIGN.md §5)");

    @ArchTest
    static final ArchRule theModelStandsAlone = noClasses()
            .that().resideInAPackage("dev.pipewright.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.io..", "dev.pipewright.actions..",
                    "dev.pipewright.engine..", "dev.pipewright.cli..", "dev.pipewright.ui..",
                    "com.fasterxml.jackson..")
            .because("the model is plain data and validation, usable by every layer");

    @ArchTest
    static final ArchRule providersDoNotKnowTheEngine = noClasses()
            .that().resideInAPackage("dev.pipewright.actions..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.engine..", "dev.pipewright.cli..",
                    "dev.pipewright.io..")
            .because("providers see the engine only through ActionContext");

    @ArchTest
    static final ArchRule interopReadsOnlyTheModel = noClasses()
            .that().resideInAPackage("dev.pipewright.interop..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.io..", "dev.pipewright.actions..",
                    "dev.pipewright.engine..", "dev.pipewright.cli..", "dev.pipewright.ui..", "dev.pipewright.edit..")
            .because("import and export map files to the model and back; Jackson (and the guarded input reader) "
                    + "are their only other tools");

    @ArchTest
    static final ArchRule theEngineHasNoCommandLine = noClasses()
            .that().resideInAPackage("dev.pipewright.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.cli..", "picocli..")
            .because("the window and the command line are both listeners of the engine");

    @ArchTest
    static final ArchRule theEngineSpeaksThroughItsEvents = noClasses()
            .that().resideInAnyPackage("dev.pipewright.engine..", "dev.pipewright.actions..")
            .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line and the window talk to a person; the engine tells its listeners");

    @ArchTest
    static final ArchRule theGitLayerStandsAlone = noClasses()
            .that().resideInAPackage("dev.pipewright.git..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.model..", "dev.pipewright.io..",
                    "dev.pipewright.actions..", "dev.pipewright.engine..", "dev.pipewright.watch..",
                    "dev.pipewright.cli..", "dev.pipewright.ui..")
            .because("git is JGit wrapped in Pipewright's words, usable by any layer (DESIGN.md §5)");

    @ArchTest
    static final ArchRule thePlatformLayerStandsAlone = noClasses()
            .that().resideInAPackage("dev.pipewright.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.model..", "dev.pipewright.io..",
                    "dev.pipewright.actions..", "dev.pipewright.engine..", "dev.pipewright.git..",
                    "dev.pipewright.watch..", "dev.pipewright.interop..", "dev.pipewright.cli..", "dev.pipewright.ui..")
            .because("platform holds what the operating system decides (folders), usable by any layer");

    @ArchTest
    static final ArchRule theInputLayerStandsAlone = noClasses()
            .that().resideInAPackage("dev.pipewright.input..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.model..", "dev.pipewright.io..",
                    "dev.pipewright.actions..", "dev.pipewright.engine..", "dev.pipewright.git..",
                    "dev.pipewright.watch..", "dev.pipewright.interop..", "dev.pipewright.cli..", "dev.pipewright.ui..",
                    "dev.pipewright.platform..")
            .because("input is the one guarded way to read a file a person names, used by io and interop alike");

    @ArchTest
    static final ArchRule watchesAreStartedFromOutside = noClasses()
            .that().resideInAnyPackage("dev.pipewright.model..", "dev.pipewright.io..", "dev.pipewright.actions..",
                    "dev.pipewright.engine..", "dev.pipewright.git..")
            .should().dependOnClassesThat().resideInAPackage("dev.pipewright.watch..")
            .because("a watch drives the engine (as the window and the command line do); the engine never needs it");
}
