package dev.tcgen.omics.calltree;

/**
 * Why a node's children are missing.
 *
 * @param code the API error code for {@link Kind#API_ERROR}, else null
 * @param message what happened, for people
 * @param requestId the RequestId of a failed call, else null
 */
public record Problem(Kind kind, String code, String message, String requestId) {

    public enum Kind {
        /** GetRunCalls on this node answered with an API error. */
        API_ERROR,
        /** GetRunCalls on this node got no answer. */
        TRANSPORT_ERROR,
        /** The RunId already appears elsewhere in the tree; listing it again could loop forever. */
        CYCLE,
        /** The node is deeper than the walk's depth bound. */
        DEPTH_LIMIT
    }

    /** Whether a call to the service failed here (rather than the walk choosing not to go on). */
    public boolean isFailure() {
        return kind == Kind.API_ERROR || kind == Kind.TRANSPORT_ERROR;
    }
}
