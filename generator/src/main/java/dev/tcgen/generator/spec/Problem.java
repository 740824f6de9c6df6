package dev.tcgen.generator.spec;

/**
 * One error found in a spec, printed as {@code FILE:LINE:COLUMN: error: MESSAGE}. Messages quote spec text,
 * which may hold line breaks, terminal escapes or megabytes; the message is kept to one short, printable
 * line so that every problem is exactly one line of output.
 */
public record Problem(SourceLocation location, String message) implements Comparable<Problem> {

    /** Long enough for any message about a real spec; a longer one has quoted a hostile value. */
    static final int MAX_MESSAGE_LENGTH = 1000;

    public Problem {
        message = printable(message);
    }

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return location + ": error: " + message;
    }

    /** Escapes control and line-separator characters; elides the middle of an overlong message, keeping its hint. */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE_LENGTH + 16));
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (out.length() <= MAX_MESSAGE_LENGTH) {
            return out.toString();
        }
        int head = MAX_MESSAGE_LENGTH * 3 / 5;
        int tail = MAX_MESSAGE_LENGTH / 3;
        if (Character.isHighSurrogate(out.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(out.charAt(out.length() - tail))) {
            tail--;
        }
        return out.substring(0, head) + " …(" + (out.length() - head - tail) + " characters left out)… "
                + out.substring(out.length() - tail);
    }
}
