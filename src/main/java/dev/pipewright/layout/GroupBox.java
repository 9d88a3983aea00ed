package dev.pipewright.layout;

/**
 * One runOrder group of a stage: a column of cards that run in parallel.
 *
 * @param position the group's place among the stage's groups, from 0
 * @param column   the group's place among all columns of the pipeline, from 0; empty stages
 *                 count as one column
 */
public record GroupBox(String stage, int runOrder, int position, int column, Box box) {
}
