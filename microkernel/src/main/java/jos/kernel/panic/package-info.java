/**
 * Middle layer (above console): kernel panics, the last report of a CPU that cannot go on (the message, the registers of the
 * exception if there is one, the Java stack symbolised from the frame-pointer chain through the
 * compiler's trace table), then a halt, or under test an exit of QEMU. Reads the runtime's own structures
 * (frames, method descriptors, String objects), each declared once here. The report of an exception is
 * the trap layer's: it calls {@link jos.kernel.panic.Panic#exceptionBegin} and {@code exceptionEnd}
 * around it.
 */
package jos.kernel.panic;
