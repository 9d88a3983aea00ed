package dev.pipewright.layout;

/**
 * The sizes a layout is made of. Positions are derived from these and the pipeline's structure
 * alone, so files never hold pixels.
 *
 * @param cardGap     vertical space between the cards of one group
 * @param groupGap    horizontal space between two runOrder groups of a stage; artifact arrows
 *                    turn in it and their labels sit in it, so it must hold a short name
 * @param stageGap    horizontal space between two stages
 * @param stagePadding space between a stage's border and its cards
 * @param laneHeight  height of one lane below the stages, used by arrows that skip columns
 */
public record LayoutMetrics(
        double cardWidth,
        double cardHeight,
        double cardGap,
        double groupGap,
        double stageGap,
        double stagePadding,
        double headerHeight,
        double margin,
        double laneHeight) {

    public static LayoutMetrics defaults() {
        return new LayoutMetrics(200, 64, 16, 96, 96, 16, 40, 24, 22);
    }

    /** How far around an output port a press still counts as grabbing it. */
    public double portRadius() {
        return 9;
    }
}
