package dev.pipewright.render;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderCatalog;

/** The words on an action's card, shared by the canvas and the exported images. */
public final class CardText {
    private CardText() {
    }

    /** {@code Build · Shell}: the category and the provider's display name (its id if unknown). */
    public static String subtitle(Action action, ProviderCatalog catalog) {
        String provider = catalog.find(action.category(), action.provider())
                .map(p -> p.displayName()).orElse(action.provider());
        return action.category().displayName() + " · " + provider;
    }

    /** A one-letter stand-in for the category's icon where no icon font is at hand. */
    public static String glyph(ActionCategory category) {
        return switch (category) {
            case SOURCE -> "S";
            case BUILD -> "B";
            case TEST -> "T";
            case DEPLOY -> "D";
            case APPROVAL -> "A";
            case INVOKE -> "I";
        };
    }

    /** The text cut with an ellipsis to about {@code maxWidth} at {@code fontSize} (an estimate). */
    public static String fit(String text, double maxWidth, double fontSize) {
        int fits = (int) (maxWidth / (fontSize * 0.58));
        if (text.length() <= fits) {
            return text;
        }
        return text.substring(0, Math.max(1, fits - 1)) + "…";
    }
}
