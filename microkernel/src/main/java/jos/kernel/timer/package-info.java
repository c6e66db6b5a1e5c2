/**
 * The timer hardware behind kernel time: the 8254 PIT and the HPET as references, the calibration of
 * the TSC and the local APIC timer against them ({@link jos.kernel.timer.Calibration}, which also starts
 * {@code jos.kernel.time.Clock}), and the APIC timer's periodic tick ({@link jos.kernel.timer.ApicTimer}).
 * Middle layer, above console and memory (it logs its results and maps the HPET).
 */
package jos.kernel.timer;
