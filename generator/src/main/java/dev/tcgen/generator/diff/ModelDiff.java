package dev.tcgen.generator.diff;

import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A back end: compares two models and classifies every change for someone whose code uses bindings
 * generated from the old one. Services are matched by name; everything else by its spec name.
 */
public final class ModelDiff {

    private final List<Change> changes = new ArrayList<>();

    /** Every change from {@code older} to {@code newer}, in the order of the specs. */
    public static List<Change> compare(Model older, Model newer) {
        ModelDiff diff = new ModelDiff();
        Map<String, Service> newServices = byName(newer.services(), Service::name);
        for (Service old : older.services()) {
            Service now = newServices.get(old.name());
            if (now == null) {
                diff.breaking("service-removed", old.name(), "service " + old.name() + " " + old.version() + " is gone");
            } else {
                diff.service(old, now);
            }
        }
        Map<String, Service> oldServices = byName(older.services(), Service::name);
        for (Service now : newer.services()) {
            if (!oldServices.containsKey(now.name())) {
                diff.compatible("service-added", now.name(), "service " + now.name() + " " + now.version() + " is new");
            }
        }
        return List.copyOf(diff.changes);
    }

    private void service(Service old, Service now) {
        if (!old.version().equals(now.version())) {
            if (old.packageSuffix().equals(now.packageSuffix())) {
                breaking("version-changed-same-package", old.name(), "version " + old.version() + " -> " + now.version()
                        + ", generated into the same package " + now.packageSuffix() + ", so old code silently gets the new API");
            } else {
                compatible("version-changed", old.name(), "version " + old.version() + " -> " + now.version()
                        + ": a new package " + now.packageSuffix() + " beside " + old.packageSuffix()
                        + "; code moves over by changing its imports");
            }
        }
        if (!old.host().equals(now.host())) {
            breaking("host-changed", old.name(), "default endpoint host " + old.host() + " -> " + now.host());
        }
        described(old.name(), "service", old.title(), now.title());

        Map<String, Action> newActions = byName(now.actions(), Action::name);
        for (Action action : old.actions()) {
            Action next = newActions.get(action.name());
            if (next == null) {
                breaking("action-removed", action.name(), "action removed (the client method " + action.methodName() + " is gone)");
            } else {
                action(action, next);
            }
        }
        Map<String, Action> oldActions = byName(old.actions(), Action::name);
        for (Action action : now.actions()) {
            if (!oldActions.containsKey(action.name())) {
                compatible("action-added", action.name(), "new action (client method " + action.methodName() + ")");
            }
        }

        Map<String, Shape> newTypes = byName(now.types(), Shape::name);
        for (Shape type : old.types()) {
            Shape next = newTypes.get(type.name());
            if (next == null) {
                breaking("type-removed", type.name(), "data type removed (class " + type.javaName() + " is gone)");
            } else {
                described(type.name(), "data type", type.description(), next.description());
                fields(type.name(), type, next);
            }
        }
        Map<String, Shape> oldTypes = byName(old.types(), Shape::name);
        for (Shape type : now.types()) {
            if (!oldTypes.containsKey(type.name())) {
                compatible("type-added", type.name(), "new data type " + type.javaName());
            }
        }

        Map<String, ErrorCode> newErrors = byName(now.errors(), ErrorCode::code);
        for (ErrorCode code : old.errors()) {
            ErrorCode next = newErrors.get(code.code());
            if (next == null) {
                breaking("error-code-removed", code.code(), "error code removed (the constant " + code.constantName() + " is gone)");
            } else {
                described(code.code(), "error code", code.description(), next.description());
            }
        }
        Map<String, ErrorCode> oldErrors = byName(old.errors(), ErrorCode::code);
        for (ErrorCode code : now.errors()) {
            if (!oldErrors.containsKey(code.code())) {
                compatible("error-code-added", code.code(), "new error code " + code.constantName());
            }
        }
    }

    private void action(Action old, Action now) {
        String name = old.name();
        described(name, "action", old.title(), now.title());
        described(name, "action", old.description(), now.description());
        if (!old.regionRequired() && now.regionRequired()) {
            breaking("region-now-required", name, "now requires a region; calls without one fail");
        } else if (old.regionRequired() && !now.regionRequired()) {
            compatible("region-no-longer-required", name, "no longer requires a region");
        }
        if (!old.asyncMethodName().equals(now.asyncMethodName())) {
            // A new action whose own method takes this name (XAsync beside X) moves X's async method aside.
            breaking("async-method-renamed", name, "the client method " + old.asyncMethodName() + " is now "
                    + now.asyncMethodName() + " (another action's method took its name)");
        }
        if (!Objects.equals(old.rateLimit(), now.rateLimit())) {
            compatible("rate-limit-changed", name, "rate limit " + perSecond(old.rateLimit()) + " -> " + perSecond(now.rateLimit()));
        }
        fields(name + ".request", old.request(), now.request());
        fields(name + ".response", old.response(), now.response());
        List<String> oldCodes = old.errors().stream().map(ErrorCode::code).toList();
        List<String> newCodes = now.errors().stream().map(ErrorCode::code).toList();
        for (String code : oldCodes) {
            if (!newCodes.contains(code)) {
                compatible("action-error-code-unlisted", name, "no longer documents error code " + code
                        + " (the service's code list decides what code compiles against)");
            }
        }
        for (String code : newCodes) {
            if (!oldCodes.contains(code)) {
                compatible("action-error-code-listed", name, "now documents error code " + code);
            }
        }
        if (!old.examples().equals(now.examples())) {
            compatible("examples-changed", name, "examples changed");
        }
    }

    /** The fields of a request, a response or a data type; required flags only matter where a caller sets them. */
    private void fields(String owner, Shape old, Shape now) {
        boolean callerSets = old.kind() != Shape.Kind.RESPONSE;
        Map<String, Field> newFields = byName(now.fields(), Field::wireName);
        for (Field field : old.fields()) {
            String subject = owner + "." + field.wireName();
            Field next = newFields.get(field.wireName());
            if (next == null) {
                breaking("field-removed", subject, "field removed (" + field.javaName() + "() is gone)");
                continue;
            }
            typeChange(subject, field.type(), next.type());
            if (callerSets && !field.required() && next.required()) {
                breaking("field-now-required", subject, "optional -> required; requests without it fail");
            } else if (callerSets && field.required() && !next.required()) {
                compatible("field-now-optional", subject, "required -> optional");
            }
            described(subject, "field", field.description(), next.description());
        }
        Map<String, Field> oldFields = byName(old.fields(), Field::wireName);
        for (Field field : now.fields()) {
            if (!oldFields.containsKey(field.wireName())) {
                String subject = owner + "." + field.wireName();
                if (callerSets && field.required()) {
                    breaking("required-field-added", subject, "new required field; requests without it fail");
                } else {
                    compatible("field-added", subject, "new " + (callerSets ? "optional " : "") + "field of type " + field.type().specName());
                }
            }
        }
    }

    private void typeChange(String subject, FieldType old, FieldType now) {
        if (old.specName().equals(now.specName())) {
            return;
        }
        // string, timestamp and json are all a String in Java and text on the wire; the latter two only add
        // a typed accessor, so refining a string is safe while the reverse removes an accessor.
        if (old == FieldType.Primitive.STRING && (now == FieldType.Primitive.TIMESTAMP || now == FieldType.Primitive.JSON)) {
            compatible("type-refined", subject, "type " + old.specName() + " -> " + now.specName()
                    + " (still text; a typed accessor is added)");
        } else {
            breaking("type-changed", subject, "type " + old.specName() + " -> " + now.specName());
        }
    }

    private void described(String subject, String what, String old, String now) {
        if (!Objects.equals(old, now)) {
            compatible("description-changed", subject, "the " + what + "'s description or title changed");
        }
    }

    private static String perSecond(Integer limit) {
        return limit == null ? "none" : limit + "/s";
    }

    private void breaking(String rule, String subject, String message) {
        changes.add(new Change(Change.Severity.BREAKING, rule, subject, message));
    }

    private void compatible(String rule, String subject, String message) {
        changes.add(new Change(Change.Severity.COMPATIBLE, rule, subject, message));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(name.apply(item), item));
        return map;
    }
}
