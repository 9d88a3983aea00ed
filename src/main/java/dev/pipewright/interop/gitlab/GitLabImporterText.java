package dev.pipewright.interop.gitlab;

/** Short texts for notes. */
final class GitLabImporterText {

    private GitLabImporterText() {
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
