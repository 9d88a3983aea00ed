package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void theFirstSentenceEndsAtItsFullStopNotAtAFileNameOrAnAbbreviation() {
        assertEquals("Runs the commands in buildspec.yml, e.g. the build phase.",
                Explanation.firstSentence("Runs the commands in buildspec.yml, e.g. the build phase. Then it ends."));
    }

    @Test
    void oneSentenceIsAllOfIt() {
        assertEquals("Pauses the run.", Explanation.firstSentence(" Pauses the run. "));
    }
}
