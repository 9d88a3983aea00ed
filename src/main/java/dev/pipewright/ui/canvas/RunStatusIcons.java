package dev.pipewright.ui.canvas;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The icon of each run status, used by cards and stages (and by anything listing runs). */
public final class RunStatusIcons {
    private RunStatusIcons() {
    }

    public static Ikon of(RunStatus status) {
        return switch (status) {
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case RUNNING -> MaterialDesignL.LOADING;
            case WAITING -> MaterialDesignA.ACCOUNT_CLOCK;
            case SUCCEEDED -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case STOPPED -> MaterialDesignS.STOP_CIRCLE;
            case SKIPPED -> MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE;
            case SUPERSEDED -> MaterialDesignA.ARROW_COLLAPSE_RIGHT;
        };
    }
}
