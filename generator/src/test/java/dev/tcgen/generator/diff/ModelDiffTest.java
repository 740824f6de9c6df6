package dev.tcgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDiffTest {

    /** A small spec; each test changes one thing in it. */
    private static final String BASE = """
            tcgen: 1
            service:
              name: demo
              version: "2020-01-01"
              host: demo.tencentcloudapi.com
            actions:
              GetThing:
                description: Gets a thing.
                rateLimit: 10
                regionRequired: false
                request:
                  Id:
                    type: string
                    required: true
                  Verbose:
                    type: boolean
                response:
                  Thing:
                    type: Thing
                errors:
                  - ResourceNotFound.ThingNotExist
              DeleteThing:
                description: Deletes a thing.
                regionRequired: true
                request:
                  Id:
                    type: string
                    required: true
            types:
              Thing:
                description: A thing.
                fields:
                  Name:
                    type: string
                  Size:
                    type: integer
                  Created:
                    type: string
            errors:
              ResourceNotFound.ThingNotExist: The thing does not exist.
              FailedOperation.Busy: Busy.
            """;

    @TempDir
    Path temp;

    private int files;

    @Test
    void identicalSpecsHaveNoChanges() {
        assertEquals(List.of(), diff(BASE, BASE));
    }

    @Test
    void removedActionBreaks() {
        assertOnly(Change.Severity.BREAKING, "action-removed", "DeleteThing",
                BASE.replace("  DeleteThing:\n    description: Deletes a thing.\n    regionRequired: true\n    request:\n      Id:\n        type: string\n        required: true\n", ""));
    }

    @Test
    void addedActionIsCompatible() {
        assertOnly(Change.Severity.COMPATIBLE, "action-added", "ListThings",
                BASE.replace("types:\n", "  ListThings:\n    description: Lists.\n    regionRequired: true\ntypes:\n"));
    }

    @Test
    void removedRequestFieldBreaks() {
        assertOnly(Change.Severity.BREAKING, "field-removed", "GetThing.request.Verbose",
                BASE.replace("      Verbose:\n        type: boolean\n", ""));
    }

    @Test
    void removedDataFieldBreaks() {
        assertOnly(Change.Severity.BREAKING, "field-removed", "Thing.Size", BASE.replace("      Size:\n        type: integer\n", ""));
    }

    @Test
    void changedTypeBreaks() {
        assertOnly(Change.Severity.BREAKING, "type-changed", "Thing.Size", BASE.replace("type: integer", "type: float"));
    }

    @Test
    void aStringBecomingATimestampIsCompatibleButNotTheReverse() {
        String refined = BASE.replace("      Created:\n        type: string", "      Created:\n        type: timestamp");
        assertOnly(Change.Severity.COMPATIBLE, "type-refined", "Thing.Created", refined);
        List<Change> back = diff(refined, BASE);
        assertEquals(List.of("breaking type-changed Thing.Created"), summary(back));
    }

    @Test
    void optionalRequestParameterBecomingRequiredBreaks() {
        assertOnly(Change.Severity.BREAKING, "field-now-required", "GetThing.request.Verbose",
                BASE.replace("      Verbose:\n        type: boolean\n", "      Verbose:\n        type: boolean\n        required: true\n"));
    }

    @Test
    void requiredRequestParameterBecomingOptionalIsCompatible() {
        assertOnly(Change.Severity.COMPATIBLE, "field-now-optional", "DeleteThing.request.Id",
                BASE.replace("  DeleteThing:\n    description: Deletes a thing.\n    regionRequired: true\n    request:\n      Id:\n        type: string\n        required: true\n",
                        "  DeleteThing:\n    description: Deletes a thing.\n    regionRequired: true\n    request:\n      Id:\n        type: string\n"));
    }

    @Test
    void addedRequiredRequestParameterBreaksAndAddedOptionalOneIsCompatible() {
        String withPage = BASE.replace("      Verbose:\n        type: boolean\n", "      Verbose:\n        type: boolean\n      Page:\n        type: integer\n");
        assertOnly(Change.Severity.COMPATIBLE, "field-added", "GetThing.request.Page", withPage);
        assertOnly(Change.Severity.BREAKING, "required-field-added", "GetThing.request.Page",
                withPage.replace("      Page:\n        type: integer\n", "      Page:\n        type: integer\n        required: true\n"));
    }

    @Test
    void addedResponseFieldIsCompatible() {
        assertOnly(Change.Severity.COMPATIBLE, "field-added", "Thing.Owner",
                BASE.replace("      Created:\n", "      Owner:\n        type: string\n      Created:\n"));
    }

    @Test
    void removedErrorCodeBreaksAndAddedOneIsCompatible() {
        assertOnly(Change.Severity.BREAKING, "error-code-removed", "FailedOperation.Busy",
                BASE.replace("  FailedOperation.Busy: Busy.\n", ""));
        assertOnly(Change.Severity.COMPATIBLE, "error-code-added", "LimitExceeded.Things",
                BASE + "  LimitExceeded.Things: Too many things.\n");
    }

    @Test
    void descriptionChangesAreCompatible() {
        assertOnly(Change.Severity.COMPATIBLE, "description-changed", "GetThing",
                BASE.replace("description: Gets a thing.", "description: Gets one thing."));
        assertOnly(Change.Severity.COMPATIBLE, "description-changed", "ResourceNotFound.ThingNotExist",
                BASE.replace("The thing does not exist.", "No such thing."));
    }

    @Test
    void removedDataTypeBreaks() {
        String withoutThing = BASE
                .replace("      Thing:\n        type: Thing\n", "      Name:\n        type: string\n")
                .replace(BASE.substring(BASE.indexOf("types:\n"), BASE.indexOf("errors:\n  ResourceNotFound")), "");
        assertEquals(List.of("breaking field-removed GetThing.response.Thing", "compatible field-added GetThing.response.Name",
                "breaking type-removed Thing"), summary(diff(BASE, withoutThing)));
    }

    @Test
    void anActionNamedLikeAnotherOnesAsyncMethodMovesThatMethodAndBreaks() {
        String withGetThingAsync = BASE.replace("  DeleteThing:\n", """
                  GetThingAsync:
                    description: Starts getting a thing.
                    regionRequired: false
                  DeleteThing:
                """);
        assertEquals(List.of("breaking async-method-renamed GetThing", "compatible action-added GetThingAsync"),
                summary(diff(BASE, withGetThingAsync)));
    }

    @Test
    void regionBecomingRequiredBreaks() {
        assertOnly(Change.Severity.BREAKING, "region-now-required", "GetThing",
                BASE.replace("    regionRequired: false\n", "    regionRequired: true\n"));
    }

    @Test
    void versionChangeMovesToANewPackageAndIsReported() {
        assertOnly(Change.Severity.COMPATIBLE, "version-changed", "demo", BASE.replace("2020-01-01", "2021-01-01"));
    }

    @Test
    void versionChangeWithoutANewPackageBreaks() {
        // The package is derived from the version, so this can only be shown on models built by hand.
        Model older = load(BASE);
        Model newer = load(BASE.replace("2020-01-01", "2021-01-01"));
        dev.tcgen.generator.model.Service changed = newer.services().get(0);
        dev.tcgen.generator.model.Service samePackage = new dev.tcgen.generator.model.Service(changed.name(), changed.version(),
                changed.host(), changed.title(), changed.classPrefix(), older.services().get(0).packageSuffix(),
                changed.actions(), changed.types(), changed.errors(), changed.sourceFile());
        List<Change> changes = ModelDiff.compare(older, new Model(List.of(samePackage), newer.commonErrors()));
        assertEquals(List.of("breaking version-changed-same-package demo"), summary(changes));
    }

    @Test
    void severalVersionsOfAServiceArePairedByVersionNeverCrossed() throws Exception {
        // Both sides hold 2020-01-01 and 2021-01-01; only 2021-01-01 changed (a field removed).
        String v2021 = BASE.replace("2020-01-01", "2021-01-01");
        Model older = loadAll("old", BASE, v2021);
        Model newer = loadAll("new", BASE, v2021.replace("      Verbose:\n        type: boolean\n", ""));

        assertEquals(List.of("breaking field-removed demo@2021-01-01:GetThing.request.Verbose"), summary(ModelDiff.compare(older, newer)));
        assertEquals(List.of(), ModelDiff.compare(older, older));
    }

    @Test
    void aVersionOnOneSideOnlyIsRemovedOrAddedNotComparedWithAnother() throws Exception {
        Model older = loadAll("old", BASE, BASE.replace("2020-01-01", "2021-01-01"));
        Model newer = loadAll("new", BASE.replace("2020-01-01", "2021-01-01"), BASE.replace("2020-01-01", "2022-01-01"));

        List<Change> changes = ModelDiff.compare(older, newer);

        assertEquals(List.of("breaking service-version-removed demo@2020-01-01", "compatible service-version-added demo@2022-01-01"),
                summary(changes));
        assertEquals("version 2020-01-01 of service demo is gone (package demo.v20200101 with it)", changes.get(0).message());
        // One version against several: still only like with like.
        assertEquals(List.of("compatible service-version-added demo@2022-01-01"),
                summary(ModelDiff.compare(load(BASE.replace("2020-01-01", "2021-01-01")), newer)));
        assertEquals(List.of("breaking service-version-removed demo@2020-01-01", "breaking service-version-removed demo@2021-01-01",
                "compatible service-version-added demo@2022-01-01"),
                summary(ModelDiff.compare(older, load(BASE.replace("2020-01-01", "2022-01-01")))));
    }

    @Test
    void aServiceWithSeveralVersionsRemovedOrAddedNamesEachVersion() throws Exception {
        Model several = loadAll("several", BASE, BASE.replace("2020-01-01", "2021-01-01"));
        Model other = load(BASE.replace("name: demo", "name: other").replace("demo.tencentcloudapi.com", "other.tencentcloudapi.com"));

        assertEquals(List.of("breaking service-removed demo@2020-01-01", "breaking service-removed demo@2021-01-01",
                "compatible service-added other"), summary(ModelDiff.compare(several, other)));
        assertEquals(List.of("breaking service-removed other", "compatible service-added demo@2020-01-01",
                "compatible service-added demo@2021-01-01"), summary(ModelDiff.compare(other, several)));
    }

    @Test
    void rateLimitAndActionErrorListChangesAreCompatible() {
        List<Change> changes = diff(BASE, BASE.replace("rateLimit: 10", "rateLimit: 5").replace("    errors:\n      - ResourceNotFound.ThingNotExist\n", ""));
        assertEquals(List.of("compatible rate-limit-changed GetThing", "compatible action-error-code-unlisted GetThing"), summary(changes));
    }

    @Test
    void theReportsSayTheSame() throws Exception {
        List<Change> changes = diff(BASE, BASE.replace("  FailedOperation.Busy: Busy.\n", "").replace("A thing.", "Any thing."));
        DiffReport report = new DiffReport("old.yaml", "new.yaml", changes);
        assertTrue(report.hasBreakingChanges());
        assertEquals("""
                Changes from old.yaml to new.yaml:
                  breaking   FailedOperation.Busy: error code removed (the constant FAILED_OPERATION_BUSY is gone) [error-code-removed]
                  compatible Thing: the data type's description or title changed [description-changed]
                1 breaking, 1 compatible change(s)
                """, report.text());
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertEquals(1, json.path("breaking").asInt());
        assertEquals(1, json.path("compatible").asInt());
        assertEquals("error-code-removed", json.path("changes").path(0).path("rule").asText());
        assertEquals("breaking", json.path("changes").path(0).path("severity").asText());
        assertFalse(new DiffReport("a", "b", List.of()).hasBreakingChanges());
    }

    @Test
    void theNewerOmicsRevisionOnlyAddsAndGoingBackBreaks() throws Exception {
        Model english = Fixtures.load(Fixtures.importOmics("en").yaml(), temp, "en.yaml");
        Model tccli = Fixtures.load(Fixtures.importOmics("tccli").yaml(), temp, "tccli.yaml");
        List<Change> changes = ModelDiff.compare(english, tccli);
        List<String> summary = summary(changes);
        // The newer revision adds 12 actions and 23 data types, and WorkDir to RunMetadata.
        assertEquals(12, summary.stream().filter(s -> s.startsWith("compatible action-added")).count());
        assertEquals(23, summary.stream().filter(s -> s.startsWith("compatible type-added")).count());
        assertTrue(summary.contains("compatible field-added RunMetadata.WorkDir"), summary::toString);
        // The newer revision only adds: nothing breaks code written against the older one.
        assertEquals(List.of(), changes.stream().filter(Change::isBreaking).toList());
        // Going back removes all of that.
        List<String> backwards = summary(ModelDiff.compare(tccli, english));
        assertEquals(12, backwards.stream().filter(s -> s.startsWith("breaking action-removed")).count());
        assertEquals(23, backwards.stream().filter(s -> s.startsWith("breaking type-removed")).count());
        assertTrue(backwards.contains("breaking field-removed RunMetadata.WorkDir"), backwards::toString);
        // A diff of a revision with itself is empty.
        assertEquals(List.of(), ModelDiff.compare(tccli, tccli));
    }

    private void assertOnly(Change.Severity severity, String rule, String subject, String newer) {
        assertEquals(List.of(severity.label() + " " + rule + " " + subject), summary(diff(BASE, newer)));
    }

    private List<Change> diff(String older, String newer) {
        return ModelDiff.compare(load(older), load(newer));
    }

    private Model load(String yaml) {
        return Fixtures.load(yaml, temp, "spec" + (files++) + ".yaml");
    }

    /** Loads a directory holding the given specs, as a user points at one. */
    private Model loadAll(String directory, String... specs) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(directory));
        for (int i = 0; i < specs.length; i++) {
            Files.writeString(dir.resolve("spec" + i + ".yaml"), specs[i]);
        }
        return Fixtures.load(dir);
    }

    private static List<String> summary(List<Change> changes) {
        return changes.stream().map(c -> c.severity().label() + " " + c.rule() + " " + c.subject()).toList();
    }
}
