package dev.pipewright.interop.jobs;

import dev.pipewright.interop.InteropReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what did not carry over. The same thing happening in many places (runs-on in 25 jobs)
 * becomes one note naming all the places, so the report stays short enough to read.
 */
public final class Notes {

    private static final int MAX_PLACES = 8;

    private final Map<String, List<String>> placesByWhat = new LinkedHashMap<>();

    public void add(String where, String what) {
        List<String> places = placesByWhat.computeIfAbsent(what, w -> new ArrayList<>());
        if (!places.contains(where)) {
            places.add(where);
        }
    }

    public InteropReport report() {
        var notes = new ArrayList<InteropReport.Note>();
        placesByWhat.forEach((what, places) -> notes.add(new InteropReport.Note(join(places), what)));
        return new InteropReport(notes);
    }

    private static String join(List<String> places) {
        if (places.size() <= MAX_PLACES) {
            return String.join(", ", places);
        }
        return String.join(", ", places.subList(0, MAX_PLACES)) + " and " + (places.size() - MAX_PLACES) + " more";
    }
}
