package dev.pipewright.ui;

import dev.pipewright.model.ActionCategory;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each category and command, in one place so the palette, cards and menus agree. */
public final class Icons {
    private Icons() {
    }

    public static String literal(ActionCategory category) {
        return switch (category) {
            case SOURCE -> "mdi2s-source-branch";
            case BUILD -> "mdi2h-hammer-wrench";
            case TEST -> "mdi2t-test-tube";
            case DEPLOY -> "mdi2r-rocket-launch-outline";
            case APPROVAL -> "mdi2a-account-check-outline";
            case INVOKE -> "mdi2l-lightning-bolt-outline";
        };
    }

    public static FontIcon of(ActionCategory category) {
        return of(literal(category));
    }

    public static FontIcon stage() {
        return of("mdi2v-view-column-outline");
    }

    public static FontIcon of(String literal) {
        var icon = new FontIcon(literal);
        icon.getStyleClass().add("pw-icon");
        return icon;
    }
}
