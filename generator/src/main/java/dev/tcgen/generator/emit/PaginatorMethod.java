package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.Pagination;
import dev.tcgen.generator.model.Service;
import javax.lang.model.element.Modifier;

/**
 * The client method {@code xPaginator(request)} of a paginated action: the runtime's {@code Paginator} over the
 * client's own sync and async methods, so that every page is rate limited and retried as a single call is.
 */
final class PaginatorMethod {

    private final GeneratedNames names;

    PaginatorMethod(GeneratedNames names) {
        this.names = names;
    }

    /** The method; only for an action with a pagination. */
    MethodSpec of(Service service, Action action) {
        Pagination pagination = action.pagination();
        String pkg = names.servicePackage(service);
        ClassName request = ClassName.get(pkg, action.request().javaName());
        ClassName response = ClassName.get(pkg, action.response().javaName());
        TypeName item = JavaTypes.of(pagination.itemType(), pkg);
        ClassName paginator = names.paginator();
        Field position = pagination.position();
        CodeBlock.Builder call = CodeBlock.builder()
                .add("return $T.<$T, $T, $T>$L(request,\n$>$>", paginator, request, response, item, factory(pagination.kind()))
                .add("this::$L, this::$L, $T::$N,\n", action.methodName(), action.asyncMethodName(), response,
                        pagination.items().javaName())
                .add("$T::$N", request, position.javaName());
        if (pagination.kind() == Pagination.Kind.PAGE) {
            call.add(", $T::$N", request, pagination.size().javaName());
        }
        call.add(",\n(next, value) -> next.toBuilder().$N(value).build(),\n", position.javaName());
        switch (pagination.kind()) {
            case OFFSET -> call.add("$L", total(response, pagination));
            case PAGE -> call.add("$L, $L", pagination.firstPage(), total(response, pagination));
            case TOKEN -> call.add("$T::$N", response, pagination.nextToken().javaName());
        }
        call.add(");\n$<$<");
        return MethodSpec.methodBuilder(pagination.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The pages of {@link #$L}, each fetched when reached:
                        $L.

                        <p>Iterate for the pages, {@link $T#items()} for the {@code $L} of all of them,
                        {@link $T#forEachPageAsync} without blocking. Each page is one call of {@link #$L}, with its
                        rate limit and retries; {@link $T} says when a walk ends.

                        @param request the first page's request; every page keeps its other parameters
                        @return the pages, not yet fetched; each iteration walks them again from the first
                        """, action.methodName(), how(pagination), paginator, pagination.items().wireName(), paginator,
                        action.methodName(), paginator)
                .addParameter(request, "request")
                .returns(ParameterizedTypeName.get(paginator, response, item))
                .addCode(call.build())
                .build();
    }

    private static String factory(Pagination.Kind kind) {
        return switch (kind) {
            case OFFSET -> "byOffset";
            case PAGE -> "byPage";
            case TOKEN -> "byToken";
        };
    }

    private static CodeBlock total(ClassName response, Pagination pagination) {
        return pagination.total() == null
                ? CodeBlock.of("page -> null")
                : CodeBlock.of("$T::$N", response, pagination.total().javaName());
    }

    private static String how(Pagination pagination) {
        String total = pagination.total() == null ? "until an empty page"
                : "until {@code " + pagination.total().wireName() + "}";
        return switch (pagination.kind()) {
            case OFFSET -> "{@code " + pagination.position().wireName() + "} moves past the items received, "
                    + total;
            case PAGE -> "{@code " + pagination.position().wireName() + "} counts up from "
                    + pagination.firstPage() + ", " + total;
            case TOKEN -> "{@code " + pagination.position().wireName() + "} takes each page's {@code "
                    + pagination.nextToken().wireName() + "} until there is none";
        };
    }
}
