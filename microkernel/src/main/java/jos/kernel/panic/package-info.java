/**
 * Kernel panics: the last report of a CPU that cannot go on (the message, the registers of the
 * exception if there is one, the Java stack symbolised from the compiled code's shadow frames and
 * method table), then a halt, or under test an exit of QEMU. Reads the runtime's own structures
 * (frames, method descriptors, String objects), each declared once here.
 */
package jos.kernel.panic;
