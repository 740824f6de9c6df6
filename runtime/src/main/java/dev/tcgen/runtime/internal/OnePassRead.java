package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.tcgen.runtime.Operation;
import java.io.IOException;

/**
 * The common answer read in one pass: the generated reader binds {@code Response} while this parser, under it, makes
 * the checks of {@link Envelope#scan} on every token that passes (no key twice at any depth, a string
 * {@code RequestId}, no {@code Error}, nothing around the envelope but other keys). Anything else, or any failure,
 * gives null, and the caller reads the body the long way, by {@link Envelope#scan} and then the reader, which decides
 * what the answer means with the same messages as ever; so this pass never decides a failure itself.
 */
final class OnePassRead extends JsonParserDelegate {
    /** A check failed; only tells {@link #read} to give up. */
    private static final class GiveUp extends IOException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super("not read in one pass");
        }

        /** Thrown only to unwind to {@link #read}: no stack to fill. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final RepeatedKeys keys;

    /** Objects open since {@code Response}'s own, which counts; 0 once it closed. */
    private int objects;

    /** The key of the {@code Response} field whose value comes next; null elsewhere. */
    private String responseKey;

    private String requestId;

    private boolean error;

    private OnePassRead(JsonParser parser, RepeatedKeys keys) {
        super(parser);
        this.keys = keys;
        this.objects = 1;
    }

    /** What was read and the answer's RequestId. */
    record Result<T>(T value, String requestId) {
    }

    /**
     * {@code body} read by {@code reader} in one pass, when it is a success envelope with {@code Response} first;
     * null for anything else, which the caller then reads the long way.
     */
    static <T> Result<T> read(JsonFactory json, byte[] body, Operation.Reader<T> reader) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !"Response".equals(parser.currentName()) || parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            RepeatedKeys keys = new RepeatedKeys();
            keys.enter();
            keys.add("Response");
            keys.enter();
            OnePassRead checking = new OnePassRead(parser, keys);
            T value = reader.read(checking);
            if (checking.objects != 0 || checking.requestId == null || checking.error) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                keys.skip(parser);
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
            return new Result<>(value, checking.requestId);
        } catch (IOException | Envelope.Malformed | RuntimeException e) {
            return null;
        }
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            throw new GiveUp();
        }
        if (responseKey != null) {
            valueOfResponseKey(token);
        }
        try {
            switch (token) {
                case START_OBJECT -> {
                    keys.enter();
                    objects++;
                }
                case END_OBJECT -> {
                    keys.leave();
                    objects--;
                }
                case FIELD_NAME -> {
                    String name = delegate.currentName();
                    keys.add(name);
                    if (objects == 1) {
                        responseKey = name;
                    }
                }
                default -> {
                }
            }
        } catch (Envelope.Malformed e) {
            throw new GiveUp();
        }
        return token;
    }

    /** Notes a {@code Response} key of the envelope's own as its value goes past. */
    private void valueOfResponseKey(JsonToken value) throws IOException {
        String key = responseKey;
        responseKey = null;
        if (key.equals("RequestId")) {
            if (value != JsonToken.VALUE_STRING) {
                throw new GiveUp();
            }
            requestId = delegate.getText();
        } else if (key.equals("Error") && value != JsonToken.VALUE_NULL) {
            error = true;
        }
    }

    /** Through {@link #nextToken}, so that skipped values are checked too. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = delegate.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            token = nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open--;
            }
        }
        return this;
    }
}
