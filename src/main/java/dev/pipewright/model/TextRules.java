package dev.pipewright.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What would pass as text and break later: a reference written almost right ({@code #{variables.}},
 * {@code #{ variables.Name }}) that would reach the shell as it is, a reference in a variable's
 * value (values are not resolved again, so it would stay unresolved), and a lone UTF-16 surrogate
 * (a {@code \uD800} escape) that no file or process can be given.
 */
final class TextRules {

    /** {@code #{...}} with a dot inside: meant as a reference (other languages' #{name} have none). */
    private static final Pattern LOOKS_LIKE_REFERENCE = Pattern.compile("#\\{([^}\\n]*\\.[^}\\n]*)}");

    private TextRules() {
    }

    static void check(Pipeline pipeline, ActionIndex index, List<Problem> problems) {
        for (int i = 0; i < pipeline.variables().size(); i++) {
            PipelineVariable variable = pipeline.variables().get(i);
            Location at = Location.variable(i);
            String what = "The value of variable '" + variable.name() + "'";
            variable.defaultValue().ifPresent(v -> {
                surrogate(v, what, at.field("defaultValue"), problems);
                if (!VariableReference.findAll(v).isEmpty()) {
                    problems.add(Problem.error(at.field("defaultValue"), what + " refers to "
                            + VariableReference.findAll(v).get(0) + "; a variable's value is used as written, "
                            + "never resolved, so the reference would reach the action unresolved.",
                            "write the reference where the variable is used, in the action's setting"));
                }
            });
            variable.description().ifPresent(v -> surrogate(v, "The description of variable '" + variable.name() + "'",
                    at.field("description"), problems));
        }
        for (ActionAt at : index.all()) {
            for (Map.Entry<String, ConfigValue> setting : at.action().configuration().entrySet()) {
                Location where = at.location().field("configuration").field(setting.getKey());
                String what = "Setting '" + setting.getKey() + "' of " + at.describe();
                ConfigValue value = setting.getValue();
                if (value instanceof ConfigValue.TextList list) {
                    for (int i = 0; i < list.values().size(); i++) {
                        text(list.values().get(i), what, where.index(i), problems);
                    }
                } else if (value instanceof ConfigValue.TextMap map) {
                    map.values().forEach((k, v) -> {
                        surrogate(k, what, where.field(k), problems);
                        text(v, what, where.field(k), problems);
                    });
                } else {
                    text(value.asText(), what, where, problems);
                }
            }
        }
    }

    private static void text(String text, String what, Location where, List<Problem> problems) {
        surrogate(text, what, where, problems);
        if (text.indexOf("#{") < 0) {
            return;
        }
        Matcher m = LOOKS_LIKE_REFERENCE.matcher(text);
        while (m.find()) {
            String written = m.group();
            if (!VariableReference.findAll(written).isEmpty()) {
                continue;
            }
            problems.add(Problem.error(where, what + " holds '" + written + "', which is not a variable reference: "
                    + "a reference is #{NAMESPACE.NAME} with no spaces, such as #{variables.Name}; as written it "
                    + "would be passed on as plain text.", fix(m.group(1))));
        }
    }

    private static String fix(String inside) {
        String tight = inside.replaceAll("\\s+", "");
        int dot = tight.indexOf('.');
        if (dot > 0 && dot < tight.length() - 1 && !VariableReference.findAll("#{" + tight + "}").isEmpty()) {
            return "write #{" + tight + "}";
        }
        if (dot == tight.length() - 1) {
            return "name the variable after the dot, as in #{" + tight + "NAME}";
        }
        return "write the namespace and the name with letters, digits, @, _ or -: #{variables.NAME}, "
                + "#{codepipeline.PipelineExecutionId} or #{Namespace.Key}";
    }

    private static void surrogate(String text, String what, Location where, List<Problem> problems) {
        loneSurrogate(text).ifPresent(index -> problems.add(Problem.error(where, what + " holds a lone UTF-16 "
                + String.format("surrogate (\\u%04X, at character %d)", (int) text.charAt(index), index + 1)
                + ", half of a character, which cannot be written to a file or given to a process.",
                "remove the \\u" + String.format("%04X", (int) text.charAt(index)) + " escape, or write the whole "
                        + "character (both halves of its pair, or the character itself)")));
    }

    /** The index of the first surrogate that is not half of a pair. */
    static Optional<Integer> loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
