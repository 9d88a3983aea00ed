package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionCategory;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The icon of each action category, used by cards and (through this class) the palette. */
public final class CategoryIcons {
    private CategoryIcons() {
    }

    public static Ikon of(ActionCategory category) {
        return switch (category) {
            case SOURCE -> MaterialDesignS.SOURCE_BRANCH;
            case BUILD -> MaterialDesignH.HAMMER_WRENCH;
            case TEST -> MaterialDesignF.FLASK_OUTLINE;
            case DEPLOY -> MaterialDesignR.ROCKET_LAUNCH;
            case APPROVAL -> MaterialDesignA.ACCOUNT_CHECK;
            case INVOKE -> MaterialDesignL.LIGHTNING_BOLT;
        };
    }
}
