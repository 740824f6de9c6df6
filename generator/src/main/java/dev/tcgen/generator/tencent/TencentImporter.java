package dev.tcgen.generator.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tcgen.generator.model.ModelBuilder;
import dev.tcgen.generator.model.Names;
import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.DidYouMean;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.spec.RawSpec;
import dev.tcgen.generator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A front end: converts Tencent's machine-readable description of a service (the {@code api.json} and
 * {@code examples.json} of Tencent's command-line tool, and the public error-code list) into spec YAML.
 * The result goes through the spec and model stages before it is returned, so it always passes
 * {@code tcgen check}.
 */
public final class TencentImporter {

    /** The parsed source files; {@code examples} and {@code errors} may be missing nodes. */
    public record Sources(JsonNode api, JsonNode examples, JsonNode errors) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> KNOWN_METADATA = Set.of("apiVersion", "serviceShortName", "serviceNameCN", "serviceNameEN");

    /** How many times this importer has run a document through the spec and model stages (each costs a whole check). */
    private int checks;

    /** Reads the files; {@code examples} and {@code errors} may be null. */
    public static Sources read(Path api, Path examples, Path errors) throws ImportException {
        return new Sources(readJson(api), examples == null ? MissingNode.getInstance() : readJson(examples),
                errors == null ? MissingNode.getInstance() : readJson(errors));
    }

    private static JsonNode readJson(Path file) throws ImportException {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ImportException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Imports the named actions (all of them when {@code actionNames} is empty) with exactly the data types
     * they reach.
     */
    public ImportResult importSpec(Sources sources, List<String> actionNames) throws ImportException {
        List<ImportNote> notes = new ArrayList<>();
        JsonNode api = sources.api();
        JsonNode actions = api.path("actions");
        JsonNode objects = api.path("objects");
        if (!actions.isObject() || !objects.isObject()) {
            throw new ImportException("api.json: expected 'actions' and 'objects' objects, as in Tencent's api.json");
        }
        SpecDocument.Service service = service(api.path("metadata"), notes);
        List<String> selected = select(actions, actionNames);
        for (String action : selected) {
            for (String key : List.of("input", "output")) {
                String object = actions.path(action).path(key).asText("");
                if (!objects.path(object).isObject()) {
                    throw new ImportException("api.json: the " + key + " of action " + action + " is '" + object
                            + "', which is not under 'objects'");
                }
            }
        }
        Map<String, String> typeNames = typeNames(reachable(selected, actions, objects), actions, service, notes);

        MemberConverter members = new MemberConverter(typeNames, notes);
        HttpExamples examples = new HttpExamples(notes);
        PaginationInference pagination = new PaginationInference(notes);
        List<SpecDocument.Action> specActions = new ArrayList<>();
        Set<String> actionMethods = selected.stream().map(Names::memberName).collect(Collectors.toSet());
        for (String name : selected) {
            JsonNode action = actions.path(name);
            String asyncMethod = Names.asyncMethodName(name, actionMethods);
            if (!asyncMethod.equals(Names.memberName(name + "Async"))) {
                notes.add(new ImportNote("the async client method gets a trailing '_', as another action's own method has its name",
                        name + " (" + asyncMethod + ")"));
            }
            if (!action.path("status").asText("online").equals("online")) {
                notes.add(new ImportNote("action status '" + action.path("status").asText() + "' has no place in the spec; imported as any other action", name));
            }
            notes.add(new ImportNote("whether Region is required is not in the source; regionRequired: true assumed", name));
            notes.add(new ImportNote("the rate limit is not in the source; no rateLimit set", name));
            String description = MemberConverter.text(action.path("document"));
            if (description == null) {
                notes.add(new ImportNote("action has no description in the source, which the spec requires; its name is used", name));
                description = name + ".";
            }
            JsonNode input = objects.path(action.path("input").asText());
            List<SpecDocument.Field> request = members.fields(name + "Request", input, MemberConverter.Role.REQUEST);
            List<SpecDocument.Field> response =
                    members.fields(name + "Response", objects.path(action.path("output").asText()), MemberConverter.Role.RESPONSE);
            IdempotencyKeys retry = IdempotencyKeys.infer(service.name(), name, input, request, notes);
            specActions.add(new SpecDocument.Action(name, MemberConverter.text(action.path("name")), description, true,
                    request, response, List.of(), examples.examples(name, sources.examples().path("actions").path(name)),
                    retry.idempotent(), retry.idempotencyToken(), pagination.infer(name, request, response).orElse(null)));
        }
        // Examples and api.json can come from different revisions; examples of an action that is not there go.
        sources.examples().path("actions").fieldNames().forEachRemaining(name -> {
            if (!actions.has(name)) {
                notes.add(new ImportNote("examples of an action the api.json does not have; dropped",
                        name + " (" + sources.examples().path("actions").path(name).size() + ")"));
            }
        });
        if (!sources.errors().isMissingNode()) {
            notes.add(new ImportNote("which error codes each action returns is not in the source; all codes are declared for the service",
                    selected.size() + " action(s)"));
        }
        List<SpecDocument.Type> types = new ArrayList<>();
        typeNames.forEach((object, typeName) -> types.add(new SpecDocument.Type(typeName,
                MemberConverter.text(objects.path(object).path("document")),
                members.fields(typeName, objects.path(object), MemberConverter.Role.DATA))));
        for (String name : selected) {
            for (String key : List.of("input", "output")) {
                if (MemberConverter.text(objects.path(actions.path(name).path(key).asText()).path("document")) != null) {
                    notes.add(new ImportNote("the description of a request or response object has no place in the spec; dropped",
                            actions.path(name).path(key).asText()));
                }
            }
        }
        Optional<String> host = examples.host();
        if (host.isPresent() && Names.isValidHost(host.get()) && !host.get().equals(service.host())) {
            service = new SpecDocument.Service(service.name(), service.version(), host.get(), service.title());
        }
        List<SpecDocument.ErrorCode> errors = new ErrorCodeList(service, notes).codes(sources.errors());
        String comment = "Imported by 'tcgen import' from Tencent's description of " + service.name() + " " + service.version()
                + (actionNames.isEmpty() ? "" : " (actions " + String.join(", ", selected) + ")")
                + ".\nWhat the spec cannot express was reported by the import; regionRequired is assumed, check it per action.";
        SpecDocument document = new SpecDocument(comment, service, List.copyOf(specActions), List.copyOf(types), errors);
        document = withoutFailingExamples(document, notes);
        return new ImportResult(SpecYamlWriter.write(document), document, List.copyOf(notes));
    }

    /** How many whole checks the imports of this importer have run, so that tests can tell linear from quadratic. */
    int checks() {
        return checks;
    }

    private static SpecDocument.Service service(JsonNode metadata, List<ImportNote> notes) throws ImportException {
        String name = metadata.path("serviceShortName").asText("");
        String version = metadata.path("apiVersion").asText("");
        if (name.isEmpty() || version.isEmpty()) {
            throw new ImportException("api.json: 'metadata' must give 'serviceShortName' and 'apiVersion'");
        }
        metadata.fieldNames().forEachRemaining(key -> {
            if (!KNOWN_METADATA.contains(key)) {
                notes.add(new ImportNote("service metadata has no place in the spec; dropped", "metadata." + key));
            }
        });
        String title = MemberConverter.text(metadata.path("serviceNameEN"));
        if (title == null) {
            title = MemberConverter.text(metadata.path("serviceNameCN"));
        }
        return new SpecDocument.Service(name, version, name + ".tencentcloudapi.com", title);
    }

    private static List<String> select(JsonNode actions, List<String> wanted) throws ImportException {
        List<String> all = new ArrayList<>();
        actions.fieldNames().forEachRemaining(all::add);
        if (wanted.isEmpty()) {
            return all;
        }
        Set<String> unknown = new LinkedHashSet<>(wanted);
        all.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new ImportException("api.json has no action '" + first + "'"
                    + DidYouMean.closest(first, all).map(s -> "; did you mean '" + s + "'?").orElse(""));
        }
        return all.stream().filter(wanted::contains).toList();
    }

    /** The objects the actions' members reach, directly or through other objects, in the source's order. */
    private static List<String> reachable(List<String> selected, JsonNode actions, JsonNode objects) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (String action : selected) {
            pending.add(actions.path(action).path("input").asText());
            pending.add(actions.path(action).path("output").asText());
        }
        Set<String> visited = new HashSet<>();
        while (!pending.isEmpty()) {
            String object = pending.poll();
            if (!visited.add(object)) {
                continue;
            }
            for (JsonNode member : objects.path(object).path("members")) {
                String type = member.path("type").asText();
                String target = member.path("member").asText();
                if ((type.equals("object") || type.equals("list")) && objects.path(target).isObject()) {
                    reached.add(target);
                    pending.add(target);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        objects.fieldNames().forEachRemaining(name -> {
            if (reached.contains(name)) {
                ordered.add(name);
            }
        });
        return ordered;
    }

    /**
     * The spec name of each data type. A name that would hide a Java type the generated code uses, or take
     * the class name of a generated artifact, gets the suffix {@code Info} (as the model stage advises).
     */
    private static Map<String, String> typeNames(
            List<String> objects, JsonNode actions, SpecDocument.Service service, List<ImportNote> notes) {
        Set<String> taken = new HashSet<>();
        String prefix = Names.classPrefix(service.name());
        for (String generated : List.of("Client", "ErrorCode", "Exception", "Sandbox")) {
            taken.add((prefix + generated).toLowerCase(Locale.ROOT));
        }
        actions.fieldNames().forEachRemaining(action -> {
            taken.add((action + "Request").toLowerCase(Locale.ROOT));
            taken.add((action + "Response").toLowerCase(Locale.ROOT));
        });
        Map<String, String> names = new LinkedHashMap<>();
        for (String object : objects) {
            String base = object.replaceAll("[^A-Za-z0-9_]", "_");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = "T" + base;
            }
            String name = base;
            for (int n = 1; Names.RESERVED_TYPE_NAMES.contains(Names.typeName(name))
                    || taken.contains(Names.typeName(name).toLowerCase(Locale.ROOT)); n++) {
                name = base + "Info" + (n == 1 ? "" : String.valueOf(n));
            }
            taken.add(Names.typeName(name).toLowerCase(Locale.ROOT));
            names.put(object, name);
            if (!name.equals(object)) {
                notes.add(new ImportNote("object renamed, as its name would clash with a Java or generated class name"
                        + " or is not a valid type name (the wire is unchanged)", object + " -> " + name));
            }
        }
        return names;
    }

    /**
     * Runs the document through the spec and model stages. An action example the model rejects (Tencent's
     * examples do not always match Tencent's types) is dropped and reported; any other problem is a failure.
     *
     * <p>One check finds the problems of every example at once (each is reported inside the example's own lines),
     * and one more confirms the document without them: two checks however many examples fail, where checking
     * each example alone against the whole type set cost a check per example.
     */
    private SpecDocument withoutFailingExamples(SpecDocument document, List<ImportNote> notes) throws ImportException {
        SpecYamlWriter.Written written = SpecYamlWriter.writeWithLines(document);
        List<Problem> problems = problems(written.yaml());
        if (problems.isEmpty()) {
            return document;
        }
        // The first problem of each failing example, by action and example index.
        Map<List<Integer>, Problem> failing = new HashMap<>();
        for (Problem problem : problems) {
            exampleAt(written.examples(), problem.location().line())
                    .ifPresent(at -> failing.putIfAbsent(List.of(at.action(), at.example()), problem));
        }
        if (failing.isEmpty()) {
            throw notChecked(problems);
        }
        List<SpecDocument.Action> actions = new ArrayList<>();
        for (int a = 0; a < document.actions().size(); a++) {
            SpecDocument.Action action = document.actions().get(a);
            List<SpecDocument.Example> kept = new ArrayList<>();
            for (int e = 0; e < action.examples().size(); e++) {
                SpecDocument.Example example = action.examples().get(e);
                Problem problem = failing.get(List.of(a, e));
                if (problem == null) {
                    kept.add(example);
                } else {
                    notes.add(new ImportNote("action example does not match the action's types; example dropped",
                            action.name() + " example '" + example.title() + "' (" + problem.message() + ")"));
                }
            }
            actions.add(withExamples(action, kept));
        }
        SpecDocument checked = new SpecDocument(document.comment(), document.service(), List.copyOf(actions), document.types(),
                document.errors());
        List<Problem> remaining = problems(SpecYamlWriter.write(checked));
        if (!remaining.isEmpty()) {
            throw notChecked(remaining);
        }
        return checked;
    }

    /** The example whose lines hold {@code line}, if any; {@code examples} are in ascending lines. */
    private static Optional<SpecYamlWriter.ExampleLines> exampleAt(List<SpecYamlWriter.ExampleLines> examples, int line) {
        int low = 0;
        int high = examples.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            SpecYamlWriter.ExampleLines candidate = examples.get(middle);
            if (line < candidate.first()) {
                high = middle - 1;
            } else if (line > candidate.last()) {
                low = middle + 1;
            } else {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static ImportException notChecked(List<Problem> problems) {
        return new ImportException("the imported spec does not pass the spec checks:\n" + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("\n")));
    }

    private static SpecDocument.Action withExamples(SpecDocument.Action action, List<SpecDocument.Example> examples) {
        return new SpecDocument.Action(action.name(), action.title(), action.description(), action.regionRequired(),
                action.request(), action.response(), action.errors(), List.copyOf(examples), action.idempotent(),
                action.idempotencyToken(), action.pagination());
    }

    private List<Problem> problems(String yaml) {
        checks++;
        Diagnostics diagnostics = new Diagnostics();
        Optional<RawSpec> raw = new SpecReader().read("imported.yaml", yaml, diagnostics);
        if (raw.isPresent() && !diagnostics.hasErrors()) {
            new ModelBuilder(diagnostics).build(List.of(raw.get()));
        }
        return diagnostics.problems();
    }
}
