// Builds Pipewright's installable packages with the JDK's own tools (jdeps, jmod, jlink, jpackage).
// `mvn -Ppackage package` runs it; it is a single-file Java program so that it runs on Linux, macOS
// and Windows alike (java packaging/Package.java --help). See packaging/README.md.

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class Package {

    /**
     * Modules that jdeps cannot see because they are found through a service look-up: reading the
     * bundled examples from the jar (jdk.zipfs), TLS for Git over https (jdk.crypto.ec), other
     * encodings of a process's output (jdk.charsets), and sun.misc.Unsafe for libraries that use it.
     */
    static final List<String> SERVICE_MODULES = List.of("jdk.zipfs", "jdk.crypto.ec", "jdk.charsets", "jdk.unsupported");

    /** ControlsFX reaches into JavaFX internals; on the class path that is free, with JavaFX as modules it needs these. */
    static final List<String> JAVAFX_EXPORTS = List.of(
            "javafx.base/com.sun.javafx.event", "javafx.base/com.sun.javafx.collections",
            "javafx.controls/com.sun.javafx.scene.control", "javafx.controls/com.sun.javafx.scene.control.behavior",
            "javafx.graphics/com.sun.javafx.scene", "javafx.graphics/com.sun.javafx.css");

    /** Read by the app (and packaging/baseline): end after the first frame. */
    static final String EXIT_PROPERTY = "pipewright.exitAfterFirstFrame";

    static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-([a-z]+)-[0-9.]+-([a-z0-9-]+)\\.jar");

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("package: " + e.getMessage());
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        try {
            new Package(settings).build();
        } catch (BuildFailure e) {
            System.err.println("package: " + e.getMessage());
            System.exit(1);
        }
    }

    private final Settings settings;
    private final Os os = Os.current();

    Package(Settings settings) {
        this.settings = settings;
    }

    void build() throws Exception {
        Path work = settings.out().resolve("work");
        deleteTree(work);
        Files.createDirectories(work);
        Libraries libs = Libraries.sort(settings.libs());
        Path jmods = javafxJmods(libs.javafx(), work.resolve("jmods"));
        Set<String> modules = modules(libs);
        Path runtime = jlink(jmods, modules, work.resolve("runtime"));
        System.out.println("runtime image: " + String.join(",", modules) + " — " + megabytes(runtime));
        Path image = appImage(libs, runtime, work);
        var training = new Training(settings, os, image);
        training.recordClassList();
        for (String type : settings.types()) {
            if (!type.equals("app-image")) {
                installer(type, image); // without the archive: it is made where the package installs
            }
        }
        training.makeArchive();
        System.out.println("app image: " + image + " — " + megabytes(image));
    }

    /**
     * JavaFX's Maven jars carry their native libraries as resources, which JavaFX would copy into
     * the user's home at the first start. As jmods (classes, and the natives as libraries) jlink puts
     * the natives into the runtime's own lib folder, where they are loaded from directly.
     */
    Path javafxJmods(List<Path> javafxJars, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Path jar : javafxJars) {
            Matcher m = JAVAFX_PLATFORM_JAR.matcher(jar.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String module = "javafx." + m.group(1);
            Path unpacked = dir.resolveSibling("javafx-unpacked");
            Path classes = unpacked.resolve(module + "-classes");
            Path natives = unpacked.resolve(module + "-natives");
            Files.createDirectories(classes);
            Files.createDirectories(natives);
            try (var zip = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    if (e.isDirectory() || name.equals("META-INF/MANIFEST.MF") || name.endsWith("javafx-swt.jar")) {
                        continue;
                    }
                    boolean isNative = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
                    Path target = (isNative ? natives : classes).resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<String> jmod = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            try (Stream<Path> files = Files.list(natives)) {
                if (files.findAny().isPresent()) {
                    jmod.addAll(List.of("--libs", natives.toString()));
                }
            }
            jmod.add(dir.resolve(module + ".jmod").toString());
            tool("jmod", jmod);
        }
        return dir;
    }

    /** The modules the app's classes use (jdeps), plus those only found through a service look-up. */
    Set<String> modules(Libraries libs) {
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps", "--print-module-deps"));
        if (!libs.javafx().isEmpty()) {
            args.addAll(List.of("--module-path", join(libs.javafx())));
        }
        if (!libs.others().isEmpty()) {
            args.addAll(List.of("--class-path", join(libs.others())));
        }
        args.add(settings.jar().toString());
        libs.others().forEach(p -> args.add(p.toString()));
        String printed = tool("jdeps", args);
        String last = printed.strip().lines().reduce((a, b) -> b).orElse("");
        var modules = new LinkedHashSet<>(Arrays.asList(last.split(",")));
        modules.addAll(settings.serviceModules());
        return modules;
    }

    Path jlink(Path jmods, Set<String> modules, Path output) {
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        String modulePath = Files.isDirectory(jdkJmods) ? jdkJmods + java.io.File.pathSeparator + jmods : jmods.toString();
        tool("jlink", List.of("--module-path", modulePath, "--add-modules", String.join(",", modules),
                // no JDK class-data-sharing archive (--generate-cds-archive): the app's own archive holds those classes too
                "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands", "--compress=2",
                "--output", output.toString()));
        return output;
    }

    Path appImage(Libraries libs, Path runtime, Path work) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        String mainJar = settings.launcher() + ".jar";
        Files.copy(settings.jar(), input.resolve(mainJar));
        for (Path lib : libs.others()) {
            copyUnsigned(lib, input.resolve(lib.getFileName()));
        }
        Path dest = settings.out().resolve("image");
        deleteTree(dest);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", settings.name(), "--app-version", settings.version(),
                "--input", input.toString(), "--main-jar", mainJar, "--main-class", settings.mainClass(),
                "--runtime-image", runtime.toString(), "--vendor", settings.vendor(),
                "--description", settings.description(), "--copyright", "Copyright The Pipewright authors"));
        settings.icon(os).ifPresent(icon -> args.addAll(List.of("--icon", icon.toString())));
        for (String export : JAVAFX_EXPORTS) {
            args.addAll(List.of("--java-options", "--add-exports=" + export + "=ALL-UNNAMED"));
        }
        cliLauncher(work).ifPresent(props -> args.addAll(List.of("--add-launcher", props)));
        tool("jpackage", args);
        return os.imageIn(dest, settings.name());
    }

    /**
     * A signed jar (JGit's) has its signature checked as its classes load, and class-data sharing
     * leaves its classes out; the package is what is trusted here, as the shaded jar is, so the
     * signature files are left out of the copy.
     */
    static void copyUnsigned(Path jar, Path target) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(jar));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /**
     * The command-line launcher beside the window's: `pipewright` on Linux (the window's is
     * `Pipewright`); `pipewright-cli` on Windows, a console program, since names there ignore case.
     * On macOS the app's own launcher serves both (packaging/README.md).
     */
    java.util.Optional<String> cliLauncher(Path work) throws IOException {
        if (os == Os.MAC || settings.cliLauncher().isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = os == Os.WINDOWS ? settings.cliLauncher() + "-cli" : settings.cliLauncher();
        Path props = work.resolve("cli-launcher.properties");
        Files.writeString(props, os == Os.WINDOWS ? "win-console=true\nwin-shortcut=false\nwin-menu=false\n"
                : "linux-shortcut=false\n");
        return java.util.Optional.of(name + "=" + props);
    }

    void installer(String type, Path image) throws IOException {
        if (type.equals("rpm") && !onPath("rpmbuild")) {
            System.out.println("rpm: skipped, rpmbuild is not installed (apt-get install rpm)");
            return;
        }
        Path dest = settings.out();
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--app-image", image.toString(), "--name", settings.name(), "--app-version", settings.version(),
                "--vendor", settings.vendor(), "--description", settings.description(),
                "--copyright", "Copyright The Pipewright authors"));
        Path license = settings.basedir().resolve("LICENSE");
        if (Files.exists(license)) {
            args.addAll(List.of("--license-file", license.toString()));
        }
        Path associations = settings.basedir().resolve("packaging").resolve("pipeline-file.properties");
        args.addAll(List.of("--file-associations", associations.toString()));
        settings.icon(os).ifPresent(icon -> args.addAll(List.of("--icon", icon.toString())));
        switch (os) {
            case LINUX -> {
                args.addAll(List.of("--linux-package-name", settings.launcher(), "--linux-shortcut",
                        "--linux-menu-group", "Development", "--linux-app-category", "devel",
                        "--resource-dir", settings.basedir().resolve("packaging").resolve("linux").toString()));
            }
            case WINDOWS -> args.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser",
                    "--win-menu-group", settings.name(), "--win-upgrade-uuid", "6f0a3c5e-4d0b-4c55-9a7e-5b1f2f0c9e1a"));
            case MAC -> args.addAll(List.of("--mac-package-name", settings.name()));
        }
        tool("jpackage", args);
        try (Stream<Path> made = Files.list(dest)) {
            made.filter(p -> p.getFileName().toString().endsWith("." + type))
                    .forEach(p -> System.out.println(type + ": " + p + " — " + megabytes(p)));
        }
    }

    // ---- helpers

    static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new BuildFailure(
                name + " is not in this JDK (" + System.getProperty("java.home") + "); packaging needs a full JDK 17+"));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new BuildFailure(name + " failed (" + code + "):\n" + out + err + "\nwith: " + String.join(" ", args));
        }
        return out.toString();
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    static String megabytes(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }

    enum Os {
        LINUX, MAC, WINDOWS;

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        Path imageIn(Path dest, String name) {
            return dest.resolve(this == MAC ? name + ".app" : name);
        }

        /** The folder of the app's jars and launcher configuration ($APPDIR). */
        Path appDir(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib").resolve("app");
                case MAC -> image.resolve("Contents").resolve("app");
                case WINDOWS -> image.resolve("app");
            };
        }

        Path launcher(Path image, String name) {
            return switch (this) {
                case LINUX -> image.resolve("bin").resolve(name);
                case MAC -> image.resolve("Contents").resolve("MacOS").resolve(name);
                case WINDOWS -> image.resolve(name + ".exe");
            };
        }

        List<String> defaultTypes() {
            return switch (this) {
                case LINUX -> List.of("app-image", "deb", "rpm");
                case MAC -> List.of("app-image", "dmg");
                case WINDOWS -> List.of("app-image", "msi");
            };
        }
    }

    /** The jars the app needs: JavaFX's platform jars (made into modules) and all the others (class path). */
    record Libraries(List<Path> javafx, List<Path> others) {

        static Libraries sort(Path dir) throws IOException {
            List<Path> javafx = new ArrayList<>();
            List<Path> others = new ArrayList<>();
            try (Stream<Path> jars = Files.list(dir)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    String name = jar.getFileName().toString();
                    if (JAVAFX_PLATFORM_JAR.matcher(name).matches()) {
                        javafx.add(jar);
                    } else if (!name.startsWith("javafx-")) { // javafx-x-21.jar without a platform is empty
                        others.add(jar);
                    }
                }
            }
            return new Libraries(javafx, others);
        }
    }

    /**
     * Class-data sharing: the training run starts the packaged app once (it ends after its first
     * frame) and lists the classes it loaded; the list travels in the package, and the launchers map
     * an archive of those classes, parsed and verified ahead of time, from $APPDIR. The archive names
     * the jars' absolute paths, so it is made where the app is: here for the app image, and by the
     * .deb's postinst for /opt/pipewright. Where it is missing or stale the JVM ignores it, silently.
     */
    record Training(Settings settings, Os os, Path image) {

        Path classList() {
            return os.appDir(image).resolve(settings.launcher() + ".classlist");
        }

        Path archive() {
            return os.appDir(image).resolve(settings.launcher() + ".jsa");
        }

        void recordClassList() throws Exception {
            Files.deleteIfExists(classList());
            List<String> command = new ArrayList<>(List.of(os.launcher(image, settings.name()).toString()));
            command.addAll(settings.trainingArgs());
            String output;
            try (Display display = Display.forTraining(os)) {
                output = run(command, display, "-XX:DumpLoadedClassList=" + classList() + " -D" + EXIT_PROPERTY + "=true");
            }
            if (!Files.exists(classList())) {
                throw new BuildFailure("the training run listed no classes:\n" + output);
            }
            for (String launcher : launchers()) {
                Path cfg = os.appDir(image).resolve(launcher + ".cfg");
                String option = "java-options=-XX:SharedArchiveFile=\\$APPDIR/" + archive().getFileName() + System.lineSeparator();
                Files.writeString(cfg, Files.readString(cfg).replaceFirst("\\[JavaOptions\\]\\R", "$0" + option));
            }
            System.out.println("class list: " + classList() + " — " + Files.readAllLines(classList()).size() + " classes");
        }

        /** -Xshare:dump makes the archive (at the path the launcher's options name) and ends before the app starts. */
        void makeArchive() throws Exception {
            Files.deleteIfExists(archive());
            String output = run(List.of(os.launcher(image, settings.name()).toString()), Display.none(),
                    "-Xshare:dump -XX:SharedClassListFile=" + classList());
            if (!Files.exists(archive())) {
                throw new BuildFailure("no class-data-sharing archive was made:\n" + output);
            }
            System.out.println("class-data-sharing archive: " + archive() + " — " + megabytes(archive()));
        }

        static String run(List<String> command, Display display, String jvmOptions) throws Exception {
            var process = new ProcessBuilder(command).redirectErrorStream(true);
            process.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
            display.variable().ifPresent(d -> process.environment().put("DISPLAY", d));
            Process started = process.start();
            String output = new String(started.getInputStream().readAllBytes());
            if (!started.waitFor(180, TimeUnit.SECONDS)) {
                started.destroyForcibly();
                throw new BuildFailure(command + " did not end within 3 minutes:\n" + output);
            }
            if (started.exitValue() != 0) {
                throw new BuildFailure(command + " with " + jvmOptions + " failed (" + started.exitValue() + "):\n" + output);
            }
            return output;
        }

        List<String> launchers() throws IOException {
            try (Stream<Path> files = Files.list(os.appDir(image))) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cfg"))
                        .map(n -> n.substring(0, n.length() - 4)).toList();
            }
        }
    }

    /** Linux without a display (a build server): the training run opens its window on a virtual one, Xvfb. */
    record Display(java.util.Optional<String> variable, java.util.Optional<Process> server) implements AutoCloseable {

        static Display none() {
            return new Display(java.util.Optional.empty(), java.util.Optional.empty());
        }

        static Display forTraining(Os os) throws IOException, InterruptedException {
            if (os != Os.LINUX || System.getenv("DISPLAY") != null) {
                return none();
            }
            if (!onPath("Xvfb")) {
                throw new BuildFailure("no display for the training run: set DISPLAY, or install Xvfb (apt-get install xvfb)");
            }
            for (int n = 140; n < 200; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int i = 0; i < 50 && xvfb.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                    Thread.sleep(100);
                }
                if (xvfb.isAlive()) {
                    return new Display(java.util.Optional.of(":" + n), java.util.Optional.of(xvfb));
                }
            }
            throw new BuildFailure("no display for the training run: Xvfb would not start");
        }

        @Override
        public void close() {
            server.ifPresent(Process::destroy);
        }
    }

    record Settings(Path basedir, Path jar, Path libs, Path out, String name, String launcher, String cliLauncher,
                    String version, String mainClass, String vendor, String description, List<String> types,
                    List<String> serviceModules, List<String> trainingArgs) {

        static final String USAGE = """
                usage: java packaging/Package.java --jar APP.jar --libs DIR --out DIR [options]
                  --basedir DIR        the project (default: .), for assets/ and packaging/
                  --name NAME          the app's name and the window launcher's (default: Pipewright)
                  --launcher NAME      file names: the package, the main jar, the archive (default: pipewright)
                  --cli-launcher NAME  a command-line launcher beside the window's, or "" for none (default: pipewright)
                  --version X.Y.Z      (a -SNAPSHOT suffix is dropped; default: 1.0.0)
                  --main-class CLASS   (default: dev.pipewright.Main)
                  --types LIST         app-image,deb,rpm,dmg,msi,exe (default: this system's app image and installers)
                  --service-modules LIST  modules added to what jdeps finds (default: the ones Pipewright needs)
                Each option also takes the form --option=value.
                  --train ARGS         the training run's arguments, separated by spaces (default: none)
                """;

        static Settings parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--") && args[i].contains("=")) { // --types= (empty) survives Maven
                    values.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    values.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("expected --option value, found " + args[i]);
                }
            }
            for (String required : List.of("jar", "libs", "out")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is missing");
                }
            }
            Path basedir = Path.of(values.getOrDefault("basedir", ".")).toAbsolutePath();
            Path jar = Path.of(values.get("jar")).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar at " + jar + ": build it first (mvn package)");
            }
            String types = values.getOrDefault("types", "");
            return new Settings(basedir, jar, Path.of(values.get("libs")).toAbsolutePath(),
                    Path.of(values.get("out")).toAbsolutePath(), values.getOrDefault("name", "Pipewright"),
                    values.getOrDefault("launcher", "pipewright"), values.getOrDefault("cli-launcher", "pipewright"),
                    values.getOrDefault("version", "1.0.0").replaceFirst("-.*", ""),
                    values.getOrDefault("main-class", "dev.pipewright.Main"),
                    values.getOrDefault("vendor", "The Pipewright authors"),
                    values.getOrDefault("description", "Draw CI/CD pipelines and run them on your own workstation"),
                    types.isBlank() ? Os.current().defaultTypes() : List.of(types.split(",")),
                    Stream.of(values.getOrDefault("service-modules", String.join(",", SERVICE_MODULES)).split(","))
                            .filter(m -> !m.isBlank()).toList(),
                    values.getOrDefault("train", "").isBlank() ? List.of() : List.of(values.get("train").split(" ")));
        }

        /** The icon in the form each platform's jpackage takes. */
        java.util.Optional<Path> icon(Os os) {
            Path icons = basedir.resolve("assets").resolve("icon");
            Path icon = switch (os) {
                case LINUX -> icons.resolve("pipewright-256.png");
                case MAC -> icons.resolve("pipewright.icns");
                case WINDOWS -> icons.resolve("pipewright.ico");
            };
            return Files.exists(icon) ? java.util.Optional.of(icon) : java.util.Optional.empty();
        }
    }
}
