package dev.tcgen.omics.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** How a call is shown to people: its name, its duration, its error message. */
final class CallText {

    private CallText() {}

    /** The call name, with the scatter index of a shard: {@code align[2]}. */
    static String name(RunMetadata call) {
        String name = orDash(call.callName());
        String index = call.scatterIndex();
        return index == null || index.isBlank() ? name : name + "[" + index.strip() + "]";
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    /** End minus start, e.g. {@code 1h02m03s}; {@code -} when either is missing (never the wall clock). */
    static String duration(RunMetadata call) {
        Optional<OffsetDateTime> start = call.startTimeAsDateTime();
        Optional<OffsetDateTime> end = call.endTimeAsDateTime();
        if (start.isEmpty() || end.isEmpty()) {
            return "-";
        }
        Duration duration = Duration.between(start.get(), end.get());
        if (duration.isNegative()) {
            return "-";
        }
        long seconds = duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return String.format("%dh%02dm%02ds", hours, minutes, rest);
        }
        return minutes > 0 ? String.format("%dm%02ds", minutes, rest) : rest + "s";
    }

    /**
     * The call's error message: the {@code message} of an ErrorMessage JSON object when it has one, the
     * text otherwise; empty for none ({@code {}}, blank).
     */
    static String errorMessage(RunMetadata call) {
        String text = call.errorMessage();
        if (text == null || text.isBlank()) {
            return "";
        }
        Optional<JsonNode> json = call.errorMessageAsJson();
        if (json.isPresent() && json.get().isObject()) {
            if (json.get().isEmpty()) {
                return "";
            }
            for (String key : new String[] {"message", "Message", "error", "Error"}) {
                JsonNode message = json.get().get(key);
                if (message != null && message.isTextual()) {
                    return oneLine(message.asText());
                }
            }
        }
        return oneLine(text);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
