/** The legacy PIC and the I/O APICs, which the loader masks before entering the kernel. */
package jos.loader.interrupts;
