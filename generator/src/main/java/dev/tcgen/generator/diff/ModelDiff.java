package dev.tcgen.generator.diff;

import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Pagination;
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
 * generated from the old one. Services are matched by name and, where either side holds several versions
 * of a service, by name and version; everything else by its spec name.
 */
public final class ModelDiff {

    private final List<Change> changes = new ArrayList<>();

    /** {@code ""}, or the {@code name@version} of the service being compared when a side holds several versions of it. */
    private String scope = "";

    /**
     * Every change from {@code older} to {@code newer}, in the order of the specs. A service held in one
     * version on each side is compared across a version change (the usual step to a new version). Where
     * either side holds several versions of a service, each version is compared only with the same version:
     * a version on one side only is reported as removed or added, never compared with another one; the
     * subjects then start with {@code name@version:}.
     */
    public static List<Change> compare(Model older, Model newer) {
        ModelDiff diff = new ModelDiff();
        Map<String, List<Service>> oldServices = versions(older.services());
        Map<String, List<Service>> newServices = versions(newer.services());
        for (Map.Entry<String, List<Service>> entry : oldServices.entrySet()) {
            List<Service> olds = entry.getValue();
            List<Service> nows = newServices.getOrDefault(entry.getKey(), List.of());
            if (nows.isEmpty()) {
                for (Service old : olds) {
                    diff.breaking("service-removed", olds.size() == 1 ? old.name() : versioned(old),
                            "service " + old.name() + " " + old.version() + " is gone");
                }
            } else if (olds.size() == 1 && nows.size() == 1) {
                diff.service(olds.get(0), nows.get(0));
            } else {
                diff.versions(olds, nows);
            }
        }
        for (Map.Entry<String, List<Service>> entry : newServices.entrySet()) {
            if (!oldServices.containsKey(entry.getKey())) {
                List<Service> nows = entry.getValue();
                for (Service now : nows) {
                    diff.compatible("service-added", nows.size() == 1 ? now.name() : versioned(now),
                            "service " + now.name() + " " + now.version() + " is new");
                }
            }
        }
        return List.copyOf(diff.changes);
    }

    /** Versions of one service, at least one side holding several: each is compared with itself only. */
    private void versions(List<Service> olds, List<Service> nows) {
        Map<String, Service> newVersions = byName(nows, Service::version);
        for (Service old : olds) {
            Service now = newVersions.get(old.version());
            if (now == null) {
                breaking("service-version-removed", versioned(old), "version " + old.version() + " of service " + old.name()
                        + " is gone (package " + old.packageSuffix() + " with it)");
            } else {
                scope = versioned(old);
                service(old, now);
                scope = "";
            }
        }
        Map<String, Service> oldVersions = byName(olds, Service::version);
        for (Service now : nows) {
            if (!oldVersions.containsKey(now.version())) {
                compatible("service-version-added", versioned(now), "new version " + now.version() + " of service "
                        + now.name() + " (package " + now.packageSuffix() + ")");
            }
        }
    }

    private static String versioned(Service service) {
        return service.name() + "@" + service.version();
    }

    /** The subject of an element of the service being compared, with the version when that is needed. */
    private String in(String element) {
        return scope.isEmpty() ? element : scope + ":" + element;
    }

    private void service(Service old, Service now) {
        String self = scope.isEmpty() ? old.name() : scope;
        if (!old.version().equals(now.version())) {
            if (old.packageSuffix().equals(now.packageSuffix())) {
                breaking("version-changed-same-package", self, "version " + old.version() + " -> " + now.version()
                        + ", generated into the same package " + now.packageSuffix() + ", so old code silently gets the new API");
            } else {
                compatible("version-changed", self, "version " + old.version() + " -> " + now.version()
                        + ": a new package " + now.packageSuffix() + " beside " + old.packageSuffix()
                        + "; code moves over by changing its imports");
            }
        }
        if (!old.host().equals(now.host())) {
            breaking("host-changed", self, "default endpoint host " + old.host() + " -> " + now.host());
        }
        described(self, "service", old.title(), now.title());

        Map<String, Action> newActions = byName(now.actions(), Action::name);
        for (Action action : old.actions()) {
            Action next = newActions.get(action.name());
            if (next == null) {
                breaking("action-removed", in(action.name()), "action removed (the client method " + action.methodName() + " is gone)");
            } else {
                action(action, next);
            }
        }
        Map<String, Action> oldActions = byName(old.actions(), Action::name);
        for (Action action : now.actions()) {
            if (!oldActions.containsKey(action.name())) {
                compatible("action-added", in(action.name()), "new action (client method " + action.methodName() + ")");
            }
        }

        Map<String, Shape> newTypes = byName(now.types(), Shape::name);
        for (Shape type : old.types()) {
            Shape next = newTypes.get(type.name());
            if (next == null) {
                breaking("type-removed", in(type.name()), "data type removed (class " + type.javaName() + " is gone)");
            } else {
                described(in(type.name()), "data type", type.description(), next.description());
                javaNameChange("type-java-name-changed", in(type.name()), "the class", type.javaName(), next.javaName());
                fields(in(type.name()), type, next);
            }
        }
        Map<String, Shape> oldTypes = byName(old.types(), Shape::name);
        for (Shape type : now.types()) {
            if (!oldTypes.containsKey(type.name())) {
                compatible("type-added", in(type.name()), "new data type " + type.javaName());
            }
        }

        Map<String, ErrorCode> newErrors = byName(now.errors(), ErrorCode::code);
        for (ErrorCode code : old.errors()) {
            ErrorCode next = newErrors.get(code.code());
            if (next == null) {
                breaking("error-code-removed", in(code.code()), "error code removed (the constant " + code.constantName() + " is gone)");
            } else {
                described(in(code.code()), "error code", code.description(), next.description());
                javaNameChange("error-code-constant-renamed", in(code.code()), "the constant", code.constantName(), next.constantName());
            }
        }
        Map<String, ErrorCode> oldErrors = byName(old.errors(), ErrorCode::code);
        for (ErrorCode code : now.errors()) {
            if (!oldErrors.containsKey(code.code())) {
                compatible("error-code-added", in(code.code()), "new error code " + code.constantName());
            }
        }
    }

    private void action(Action old, Action now) {
        String name = in(old.name());
        described(name, "action", old.title(), now.title());
        described(name, "action", old.description(), now.description());
        if (!old.regionRequired() && now.regionRequired()) {
            breaking("region-now-required", name, "now requires a region; calls without one fail");
        } else if (old.regionRequired() && !now.regionRequired()) {
            compatible("region-no-longer-required", name, "no longer requires a region");
        }
        javaNameChange("action-method-renamed", name, "the client method", old.methodName(), now.methodName());
        if (!old.asyncMethodName().equals(now.asyncMethodName())) {
            // A new action whose own method takes this name (XAsync beside X) moves X's async method aside.
            breaking("async-method-renamed", name, "the client method " + old.asyncMethodName() + " is now "
                    + now.asyncMethodName() + " (another action's method took its name)");
        }
        changes.addAll(IdempotencyChanges.between(name, old.idempotency(), now.idempotency()));
        if (!Objects.equals(old.rateLimit(), now.rateLimit())) {
            compatible("rate-limit-changed", name, "rate limit " + perSecond(old.rateLimit()) + " -> " + perSecond(now.rateLimit()));
        }
        fields(name + ".request", old.request(), now.request());
        fields(name + ".response", old.response(), now.response());
        pagination(name, old.pagination(), now.pagination());
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

    /** The paginator: gone or of other items breaks callers; a new one, or another way to page, does not. */
    private void pagination(String name, Pagination old, Pagination now) {
        if (old != null && now == null) {
            breaking("paginator-removed", name, "no longer pages (the client method " + old.methodName() + " is gone)");
        } else if (old == null && now != null) {
            compatible("paginator-added", name, "now pages (new client method " + now.methodName() + ")");
        } else if (old != null && !old.itemType().equals(now.itemType())) {
            breaking("paginator-items-changed", name, "the paginator's items are now " + now.itemType().specName()
                    + ", not " + old.itemType().specName());
        } else if (old != null && !pagingOf(old).equals(pagingOf(now))) {
            compatible("paging-changed", name, "pages by " + pagingOf(now) + ", not " + pagingOf(old));
        }
    }

    private static String pagingOf(Pagination pagination) {
        return pagination.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + pagination.position().wireName()
                + " (items " + pagination.items().wireName() + ")";
    }

    /** The fields of a request, a response or a data type; required flags only matter where a caller sets them. */
    private void fields(String owner, Shape old, Shape now) {
        boolean callerSets = old.kind() != Shape.Kind.RESPONSE;
        Map<String, Field> newFields = byName(now.fields(), Field::wireName);
        Map<String, Field> oldFields = byName(old.fields(), Field::wireName);
        Map<String, Field> respelled = FieldRespelling.pairs(old.fields(), now.fields());
        for (Field field : old.fields()) {
            String subject = owner + "." + field.wireName();
            Field next = newFields.get(field.wireName());
            if (next == null && respelled.containsKey(field.wireName())) {
                breaking("field-wire-name-changed", subject, FieldRespelling.message(field, respelled.get(field.wireName())));
                continue;
            }
            if (next == null) {
                breaking("field-removed", subject, "field removed (" + field.javaName() + "() is gone)");
                continue;
            }
            javaNameChange("field-java-name-changed", subject, "the accessor and builder method", field.javaName() + "()",
                    next.javaName() + "()");
            if (field.sensitive() != next.sensitive()) {
                compatible("field-sensitivity-changed", subject, next.sensitive()
                        ? "now sensitive: toString prints *** and wire logs mask it"
                        : "no longer sensitive: toString and wire logs show its value");
            }
            typeChange(subject, field.type(), next.type());
            if (callerSets && !field.required() && next.required()) {
                breaking("field-now-required", subject, "optional -> required; requests without it fail");
            } else if (callerSets && field.required() && !next.required()) {
                compatible("field-now-optional", subject, "required -> optional");
            }
            described(subject, "field", field.description(), next.description());
        }
        for (Field field : now.fields()) {
            if (!oldFields.containsKey(field.wireName()) && !respelled.containsValue(field)) {
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
        // string, timestamp, datetime, date and json are all a String in Java and text on the wire; the others only add
        // a typed accessor, so refining a string is safe while the reverse removes an accessor.
        if (old == FieldType.Primitive.STRING && (now == FieldType.Primitive.TIMESTAMP || now == FieldType.Primitive.JSON
                || now == FieldType.Primitive.DATETIME || now == FieldType.Primitive.DATE)) {
            compatible("type-refined", subject, "type " + old.specName() + " -> " + now.specName()
                    + " (still text; a typed accessor is added)");
        } else {
            breaking("type-changed", subject, "type " + old.specName() + " -> " + now.specName());
        }
    }

    /**
     * The same element (same wire or spec name) with another Java name: code written against the old bindings
     * no longer compiles. Both sides are named by this tcgen's rule, so this comes from two models named by
     * different rules, e.g. a model of another tcgen version.
     */
    private void javaNameChange(String rule, String subject, String what, String old, String now) {
        if (!old.equals(now)) {
            breaking(rule, subject, what + " " + old + " is now " + now + " (the wire name is unchanged)");
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

    private static Map<String, List<Service>> versions(List<Service> services) {
        Map<String, List<Service>> map = new LinkedHashMap<>();
        services.forEach(service -> map.computeIfAbsent(service.name(), name -> new ArrayList<>()).add(service));
        return map;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(name.apply(item), item));
        return map;
    }
}
