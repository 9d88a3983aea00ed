package dev.pipewright.render;

/**
 * The colours of an exported image, as {@code #rrggbb}. They are AtlantaFX's Primer tokens, the
 * same the canvas stylesheet looks up, so an export looks like the window in that theme.
 */
public record RenderTheme(
        String background,
        String stageFill,
        String border,
        String cardFill,
        String text,
        String mutedText,
        String accent,
        String accentText,
        String accentMuted,
        String orderArrow) {

    /** Primer Light: -color-bg-default, -color-bg-subtle, -color-border-default... */
    public static RenderTheme light() {
        return new RenderTheme("#ffffff", "#f6f8fa", "#d0d7de", "#ffffff", "#24292f", "#57606a",
                "#0969da", "#0969da", "#ddf4ff", "#8c959f");
    }

    /** Primer Dark. */
    public static RenderTheme dark() {
        return new RenderTheme("#0d1117", "#161b22", "#30363d", "#21262d", "#c9d1d9", "#8b949e",
                "#1f6feb", "#58a6ff", "#1c2d41", "#6e7681");
    }
}
