package dev.pipewright.interop.jobs;

/** Paths CI files upload, as the globs of a Pipewright output artifact. */
public final class ArtifactPaths {

    private ArtifactPaths() {
    }

    /**
     * A folder ({@code dist/}, or a last part without a dot or wildcard, as {@code build}) becomes
     * everything under it; files and globs stay as they are.
     */
    public static String globOf(String path) {
        String p = path.trim();
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.endsWith("/")) {
            return p + "**";
        }
        String last = p.substring(p.lastIndexOf('/') + 1);
        return last.contains("*") || last.contains(".") ? p : p + "/**";
    }
}
