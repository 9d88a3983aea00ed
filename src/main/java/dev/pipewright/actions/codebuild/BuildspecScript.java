package dev.pipewright.actions.codebuild;

import java.util.Locale;

/**
 * Turns a buildspec's phases into one POSIX shell script, so that every command runs in the same
 * shell session (a {@code cd} or {@code export} carries on to later commands and phases, as in
 * CodeBuild's buildspec version 0.2). CodeBuild's rules, as the script follows them:
 * <ul>
 *   <li>a command that fails ends its phase: later commands of the phase do not run, its
 *       {@code finally} commands do;</li>
 *   <li>a failed install or pre_build ends the build (unless {@code on-failure: CONTINUE});</li>
 *   <li>post_build runs after a failed build, with {@code CODEBUILD_BUILD_SUCCEEDING=0};</li>
 *   <li>exported variables are written to {@code $PIPEWRIGHT_OUTPUT} when the build succeeded.</li>
 * </ul>
 * Every command runs inside an {@code if}/{@code ||}, so the {@code -e} the shell is started with
 * never ends the script early: the script decides, and exits 0 only when the build succeeded.
 */
public final class BuildspecScript {

    static final String END_OF_VALUE = "PIPEWRIGHT_END_OF_VALUE";

    private BuildspecScript() {
    }

    public static String of(Buildspec buildspec) {
        var script = new StringBuilder();
        script.append("CODEBUILD_BUILD_SUCCEEDING=1; export CODEBUILD_BUILD_SUCCEEDING; pw_abort=0\n");
        script.append("pw_cmd() { printf '[Container] Running command %s\\n' \"$1\"; eval \"$1\"; }\n");
        script.append("pw_fail() { pw_ok=0; printf '[Container] Command did not exit successfully %s exit status %s\\n'"
                + " \"$2\" \"$1\"; }\n");
        script.append("pw_export() { if eval \"[ \\\"\\${$1+set}\\\" = set ]\"; then eval \"pw_value=\\\"\\$$1\\\"\"; "
                + "printf '%s<<" + END_OF_VALUE + "\\n%s\\n" + END_OF_VALUE + "\\n' \"$1\" \"$pw_value\" "
                + ">> \"$PIPEWRIGHT_OUTPUT\"; else printf '[Container] Exported variable %s is not set\\n' \"$1\"; fi; }\n");
        for (Buildspec.Phase phase : buildspec.phases()) {
            phase(script, phase);
        }
        script.append("if [ \"$CODEBUILD_BUILD_SUCCEEDING\" = 1 ]; then\n");
        for (String name : buildspec.exportedVariables()) {
            script.append("  pw_export ").append(quote(name)).append('\n');
        }
        script.append("  exit 0\nfi\nexit 1\n");
        return script.toString();
    }

    private static void phase(StringBuilder script, Buildspec.Phase phase) {
        String upper = phase.name().toUpperCase(Locale.ROOT);
        // post_build runs after a failed build; nothing runs after a failed install or pre_build
        script.append(phase.name().equals("post_build") ? "if [ \"$pw_abort\" != 1 ]; then\n"
                : "if [ \"$pw_abort\" = 0 ] && { [ \"$CODEBUILD_BUILD_SUCCEEDING\" = 1 ] || [ \"$pw_continue\" = 1 ]; }; then\n");
        script.append("  echo '[Container] Entering phase ").append(upper).append("'; pw_ok=1\n");
        for (String command : phase.commands()) {
            script.append("  if [ \"$pw_ok\" = 1 ]; then pw_cmd ").append(quote(command)).append(" || pw_fail $? ")
                    .append(quote(firstLine(command))).append("; fi\n");
        }
        for (String command : phase.finallyCommands()) {
            script.append("  pw_cmd ").append(quote(command)).append(" || pw_fail $? ")
                    .append(quote(firstLine(command))).append('\n');
        }
        script.append("  if [ \"$pw_ok\" = 1 ]; then echo '[Container] Phase complete: ").append(upper)
                .append(" State: SUCCEEDED'; else echo '[Container] Phase complete: ").append(upper)
                .append(" State: FAILED'; CODEBUILD_BUILD_SUCCEEDING=0");
        if (phase.name().equals("install") || phase.name().equals("pre_build")) {
            script.append(phase.continueOnFailure() ? "; pw_continue=1" : "; pw_abort=1");
        } else if (phase.name().equals("build") && phase.continueOnFailure()) {
            script.append("; pw_continue=1");
        }
        script.append("; fi\nfi\n");
    }

    private static String firstLine(String command) {
        String first = command.strip().lines().findFirst().orElse("");
        return command.strip().contains("\n") ? first + " ..." : first;
    }

    /** A single-quoted shell word: nothing inside is expanded. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
