package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.model.BuiltInProviders.Archive;
import dev.pipewright.model.BuiltInProviders.CodeBuild;
import dev.pipewright.model.BuiltInProviders.Folder;
import dev.pipewright.model.BuiltInProviders.LocalFolder;
import dev.pipewright.model.BuiltInProviders.Shell;
import dev.pipewright.interop.InteropException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CodePipeline equivalent of each action: AWS providers as they are; Pipewright's own ones as
 * the nearest AWS action (a Shell action becomes CodeBuild with a generated buildspec, a local
 * folder source an S3 source...), with a note for everything that has to be done on AWS.
 */
final class NativeActions {

    /** Placeholders a person must replace; the report names each one. */
    static final String BUCKET = "CHANGE-ME-bucket";

    private static final Set<String> THIRD_PARTY = Set.of("GitHub", "Runscope", "GhostInspector", "StormRunnerLoad",
            "Nouvola", "Snyk");
    private static final Set<String> CUSTOM = Set.of("Jenkins", "CloudBees", "TeamCity", "BlazeMeter", "XebiaLabs");

    /**
     * What to write in actionTypeId and configuration.
     *
     * @param keepsArtifactFiles whether output artifacts keep their {@code files} (only the Commands
     *                           action has them in CodePipeline)
     */
    record Equivalent(String category, String owner, String provider, Map<String, ConfigValue> configuration,
                      boolean keepsArtifactFiles) {
    }

    private NativeActions() {
    }

    static Equivalent equivalent(String stage, Action action, Kept kept, ExportContext context, String where)
            throws InteropException {
        ActionCategory category = action.category();
        String provider = action.provider();
        boolean shellLike = category == ActionCategory.BUILD || category == ActionCategory.TEST;
        if (shellLike && provider.equals(Shell.ID)) {
            return shell(stage, action, context, where);
        }
        if (shellLike && provider.equals(CodeBuild.ID) && kept.typeField("category").isEmpty()) {
            return codeBuild(stage, action, context, where);
        }
        if (category == ActionCategory.SOURCE && provider.equals(LocalFolder.ID)) {
            context.notes().add(where, "a local folder source has no CodePipeline equivalent: written as an S3 "
                    + "source; upload the folder as a zip to the bucket and replace " + BUCKET + " and the key");
            return aws(category, "S3", config("S3Bucket", BUCKET, "S3ObjectKey", action.name() + ".zip",
                    "PollForSourceChanges", "false"));
        }
        if (category == ActionCategory.DEPLOY && (provider.equals(Folder.ID) || provider.equals(Archive.ID))) {
            boolean folder = provider.equals(Folder.ID);
            context.notes().add(where, (folder ? "copying to a local folder" : "packing a local archive")
                    + " has no CodePipeline equivalent: written as an S3 deploy; replace " + BUCKET
                    + (folder ? "" : " and the object key"));
            return aws(category, "S3", folder ? config("BucketName", BUCKET, "Extract", "true")
                    : config("BucketName", BUCKET, "Extract", "false", "ObjectKey", action.name() + ".zip"));
        }
        if (kept.imported() || isAws(category, provider)) {
            String owner = THIRD_PARTY.contains(provider) ? "ThirdParty" : CUSTOM.contains(provider) ? "Custom" : "AWS";
            return new Equivalent(category.displayName(), owner, provider, action.configuration(), true);
        }
        context.notes().add(where, category + " provider " + provider + " is Pipewright's own and has no CodePipeline "
                + "equivalent: written as a Custom action type '" + provider + "' that must be registered in the "
                + "account, or replace it with an AWS action");
        return new Equivalent(category.displayName(), "Custom", provider, action.configuration(), false);
    }

    /** Pipewright's own providers; every other id is taken to be an AWS one. */
    private static boolean isAws(ActionCategory category, String provider) {
        return !BuiltInProviders.PIPEWRIGHT_OWN.contains(provider)
                || category == ActionCategory.APPROVAL;
    }

    private static Equivalent shell(String stage, Action action, ExportContext context, String where)
            throws InteropException {
        List<String> exported = action.namespace().map(context::referencedVariables).orElse(List.of());
        ShellBuildspec.Result buildspec = ShellBuildspec.of(action, exported, context.notes(), where);
        String file = buildspecFile(stage, action);
        context.files().put(file, buildspec.text());
        String project = context.projectName(stage, action);
        var configuration = new LinkedHashMap<String, ConfigValue>();
        configuration.put("ProjectName", ConfigValue.text(project));
        environmentVariables(buildspec.environmentVariables(), where).ifPresent(v ->
                configuration.put("EnvironmentVariables", ConfigValue.text(v)));
        context.notes().add(where, "Shell commands written as CodeBuild project " + project + " with the buildspec "
                + file + ": create that project (source: CodePipeline, buildspec: that file) before creating the "
                + "pipeline");
        return aws(action.category(), CodeBuild.ID, configuration);
    }

    private static Equivalent codeBuild(String stage, Action action, ExportContext context, String where) {
        var configuration = new TreeMap<>(action.configuration());
        ConfigValue buildspec = configuration.remove("buildspec");
        if (!configuration.containsKey("ProjectName")) {
            String project = context.projectName(stage, action);
            configuration.put("ProjectName", ConfigValue.text(project));
            context.notes().add(where, "has no ProjectName: named the CodeBuild project " + project
                    + "; create it before creating the pipeline");
        }
        if (buildspec != null && buildspec.asText().strip().contains("\n")) {
            String file = buildspecFile(stage, action);
            context.files().put(file, buildspec.asText().strip() + "\n");
            context.notes().add(where, "the inline buildspec is not part of a CodePipeline declaration: written to "
                    + file + "; make it the buildspec of project " + configuration.get("ProjectName").asText());
        } else if (buildspec != null && !buildspec.asText().isBlank()
                && !buildspec.asText().strip().equals("buildspec.yml")) {
            context.notes().add(where, "the buildspec path " + buildspec.asText().strip() + " is not part of a "
                    + "CodePipeline declaration: set it as the buildspec of project "
                    + configuration.get("ProjectName").asText());
        }
        return aws(action.category(), CodeBuild.ID, configuration);
    }

    private static java.util.Optional<String> environmentVariables(Map<String, String> values, String where)
            throws InteropException {
        if (values.isEmpty()) {
            return java.util.Optional.empty();
        }
        var list = new java.util.ArrayList<Map<String, String>>();
        values.forEach((name, value) -> {
            var entry = new LinkedHashMap<String, String>();
            entry.put("name", name);
            entry.put("value", value);
            entry.put("type", "PLAINTEXT");
            list.add(entry);
        });
        String json = ActionExport.json(list);
        if (json.length() > ActionExport.MAX_VALUE) {
            throw new InteropException(where + ": the #{...} references of its commands and environment need "
                    + json.length() + " characters of EnvironmentVariables; CodePipeline allows "
                    + ActionExport.MAX_VALUE + ". Use fewer references, or pass them through a pipeline variable");
        }
        return java.util.Optional.of(json);
    }

    static String buildspecFile(String stage, Action action) {
        return "buildspecs/" + (stage + "-" + action.name()).replaceAll("[^A-Za-z0-9._-]", "_") + ".yml";
    }

    private static Equivalent aws(ActionCategory category, String provider, Map<String, ConfigValue> configuration) {
        return new Equivalent(category.displayName(), "AWS", provider, configuration, false);
    }

    private static Map<String, ConfigValue> config(String... keysAndValues) {
        var map = new LinkedHashMap<String, ConfigValue>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], ConfigValue.text(keysAndValues[i + 1]));
        }
        return map;
    }
}
