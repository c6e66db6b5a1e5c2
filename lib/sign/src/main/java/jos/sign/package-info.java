/**
 * Signature checking as the loader and the kernel need it: SHA-512 (FIPS 180-4) and Ed25519 verification
 * (RFC 8032, section 5.1.7 with the cofactorless equation [S]B = R + [k]A), and the layout of the trailer
 * that the runner appends to every signed file ({@link jos.sign.Trailer}).
 *
 * <p><b>Rules.</b> The code runs on freestanding targets without a heap and without floating point:
 * static methods that read the message, key and signature at addresses with {@link jos.hw.Memory}, so a
 * file in physical memory is checked in place, and keep every intermediate value in a {@code long[]}
 * scratch record the caller owns ({@link jos.sign.Ed25519#SCRATCH} longs). Nothing is kept in statics
 * but constants, so checks on several CPUs never share state. A refusal is a reason code whose text is
 * constant ({@link jos.sign.Ed25519#message}); the caller names the file.
 */
package jos.sign;
