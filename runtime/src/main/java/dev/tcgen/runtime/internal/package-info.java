/**
 * Not API: the signer, invoker, rate limiter and sandbox server that generated code and this runtime call. Code
 * of yours should not; these classes change without notice between tcgen versions.
 */
package dev.tcgen.runtime.internal;
