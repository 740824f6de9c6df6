package dev.tcgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed Java name breaks code even where the wire stays: fields respelled in case, and elements that two
 * tcgen naming rules name differently ({@code iPv6Addresses} before the leading-acronym rule, {@code ipv6Addresses} now).
 */
class JavaNameChangesTest {

    private static final String SPEC = """
            tcgen: 1
            service:
              name: demo
              version: "2020-01-01"
              host: demo.tencentcloudapi.com
            actions:
              GetThing:
                description: Gets a thing.
                regionRequired: false
                request:
                  VpcId: {type: string}
                  InstanceIds: {type: list<string>}
                  Password: {type: string}
                response:
                  Thing: {type: Thing}
            types:
              Thing:
                fields:
                  IPv6Addresses: {type: list<string>}
            errors:
              InvalidParameter.IPv6NotSupported: No IPv6 here.
            """;

    @TempDir
    Path temp;

    private int files;

    @Test
    void aWireNameRespelledInCaseIsOneBreakingChangeThatSaysWhatJavaSees() {
        List<Change> changes = diff(SPEC, SPEC.replace("VpcId:", "VPCId:").replace("InstanceIds:", "Instance_Ids:"));
        assertEquals(List.of(
                "BREAKING field-wire-name-changed GetThing.request.VpcId: wire name VpcId -> VPCId; the Java name vpcId() is"
                        + " unchanged, but calls now send and read VPCId",
                "BREAKING field-removed GetThing.request.InstanceIds: field removed (instanceIds() is gone)",
                "COMPATIBLE field-added GetThing.request.Instance_Ids: new optional field of type list<string>"),
                lines(changes));
    }

    @Test
    void aRespellingThatMovesTheJavaNameSaysSo() {
        List<Change> changes = diff(SPEC.replace("IPv6Addresses:", "Ipv6Addresses:"), SPEC);
        assertEquals(List.of("BREAKING field-wire-name-changed Thing.Ipv6Addresses: wire name Ipv6Addresses -> IPv6Addresses;"
                + " the Java name ipv6Addresses() is unchanged, but calls now send and read IPv6Addresses"), lines(changes));
        List<Change> moved = diff(SPEC.replace("IPv6Addresses:", "IpV6Addresses:"), SPEC);
        assertEquals(List.of("BREAKING field-wire-name-changed Thing.IpV6Addresses: wire name IpV6Addresses -> IPv6Addresses;"
                + " the Java name ipV6Addresses() is now ipv6Addresses()"), lines(moved));
    }

    @Test
    void theSameSpecNamedByTheRuleBeforeLeadingAcronymsBreaksWhereJavaNamesDiffer() {
        Model now = load(SPEC);
        Model before = renamed(now,
                field -> field.wireName().equals("IPv6Addresses") ? withJavaName(field, "iPv6Addresses") : field,
                code -> new ErrorCode(code.code(), "INVALID_PARAMETER_I_PV6_NOT_SUPPORTED", code.description()));
        assertEquals(List.of(
                "BREAKING field-java-name-changed Thing.IPv6Addresses: the accessor and builder method iPv6Addresses() is now"
                        + " ipv6Addresses() (the wire name is unchanged)",
                "BREAKING error-code-constant-renamed InvalidParameter.IPv6NotSupported: the constant"
                        + " INVALID_PARAMETER_I_PV6_NOT_SUPPORTED is now INVALID_PARAMETER_IPV6_NOT_SUPPORTED (the wire name is unchanged)"),
                lines(ModelDiff.compare(before, now)));
    }

    @Test
    void markingAFieldSensitiveIsCompatible() {
        List<Change> changes = diff(SPEC, SPEC.replace("Password: {type: string}", "Password: {type: string, sensitive: true}"));
        assertEquals(List.of("COMPATIBLE field-sensitivity-changed GetThing.request.Password: now sensitive: toString prints ***"
                + " and wire logs mask it"), lines(changes));
    }

    private static Model renamed(Model model, UnaryOperator<Field> fields, UnaryOperator<ErrorCode> codes) {
        Service s = model.services().get(0);
        List<Shape> types = s.types().stream()
                .map(t -> new Shape(t.kind(), t.name(), t.javaName(), t.description(), t.fields().stream().map(fields).toList()))
                .toList();
        Service service = new Service(s.name(), s.version(), s.host(), s.title(), s.classPrefix(), s.packageSuffix(), s.actions(),
                types, s.errors().stream().map(codes).toList(), s.sourceFile());
        return new Model(List.of(service), model.commonErrors());
    }

    private static Field withJavaName(Field f, String javaName) {
        return new Field(f.wireName(), javaName, f.type(), f.required(), f.description(), f.example(), f.location(), f.sensitive());
    }

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(c -> c.severity() + " " + c.rule() + " " + c.subject() + ": " + c.message()).toList();
    }

    private List<Change> diff(String older, String newer) {
        return ModelDiff.compare(load(older), load(newer));
    }

    private Model load(String yaml) {
        return Fixtures.load(yaml, temp, "spec" + (files++) + ".yaml");
    }
}
