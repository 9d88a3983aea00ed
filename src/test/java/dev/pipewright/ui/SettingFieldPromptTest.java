package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A multi-line field's prompt is one line on screen (JavaFX drops its breaks): each default line stays whole. */
class SettingFieldPromptTest {

    @Test
    void aDefaultOfSeveralLinesIsListedNotGlued() {
        assertEquals("default: **/.git, **/.hg, **/.svn", SettingField.promptOf("**/.git\n**/.hg\n**/.svn"));
    }

    @Test
    void aDefaultOfOneLineIsShownAsItIs() {
        assertEquals("dist/**", SettingField.promptOf("dist/**"));
    }
}
