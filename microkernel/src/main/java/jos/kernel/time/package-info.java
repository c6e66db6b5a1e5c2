/**
 * Kernel time ({@link jos.kernel.time.Clock}): the time since boot, from the TSC and, once the timer
 * runs, from its ticks. Middle layer, below the console, whose records it timestamps: nothing here
 * logs. What measures and drives it (the PIT, the HPET, the APIC timer) is {@code jos.kernel.timer}.
 */
package jos.kernel.time;
