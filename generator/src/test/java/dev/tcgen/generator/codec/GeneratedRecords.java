package dev.tcgen.generator.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The record classes of a generation's service packages (the core package has none with codecs), loaded. */
final class GeneratedRecords {

    static final String BASE_PACKAGE = "dev.tcgen.client";
    static final String CORE_PREFIX = BASE_PACKAGE.replace('.', '/') + "/core/";

    private GeneratedRecords() {}

    /** Every top-level record among {@code sources} (by path, as generated), from {@code loader}, in path order. */
    static List<Class<?>> of(Map<String, String> sources, ClassLoader loader) {
        List<Class<?>> records = new ArrayList<>();
        for (String path : sources.keySet()) {
            if (path.startsWith(CORE_PREFIX) || !path.endsWith(".java")) {
                continue;
            }
            String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isRecord()) {
                    records.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " was generated but not compiled", e);
            }
        }
        return records;
    }
}
