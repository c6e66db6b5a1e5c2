/**
 * ACPI table parsers shared by the kernel, the loader and user-space drivers: RSDP, RSDT/XSDT, every
 * table's header, MADT, HPET, SPCR and the Generic Address Structure.
 *
 * <p><b>Rules.</b> The code runs on freestanding targets without a heap: static methods over addresses,
 * memory read with {@link jos.hw.Memory}, results returned as primitives or left in public static
 * fields of a small result class ({@link jos.acpi.TableInfo}, {@link jos.acpi.SerialPort}). A failed
 * check returns false (or 0) after recording a reason, the table signature and the value involved in
 * the {@link jos.acpi.Problem} record its caller passes in (a {@code long[]}, no shared state). Every
 * layout is one {@link jos.hw.Struct} class; no offset is written anywhere else. Nothing is trusted:
 * checksums cover the stated length, every length is checked against a limit the caller gives, and
 * every walk over variable-length data is bounded by it.
 *
 * <p><b>Reaching physical memory.</b> Two levels, so both a kernel with a direct map and a driver that
 * maps on demand can use them:
 * <ul>
 * <li>Table parsers ({@link jos.acpi.SdtHeader}, {@link jos.acpi.Madt}, {@link jos.acpi.Hpet},
 * {@link jos.acpi.Spcr}, {@link jos.acpi.SystemDescriptionTable}) take the <em>virtual</em> address of a
 * table the caller has made readable. Mapping on demand is two steps: map {@link jos.acpi.SdtHeader#SIZE}
 * bytes, read {@link jos.acpi.SdtHeader#length}, map that many bytes, then check and parse.</li>
 * <li>{@link jos.acpi.TableDirectory} walks the RSDT/XSDT and every table it lists, which needs all of
 * them readable at once: it takes a {@code physicalToVirtualOffset} (the kernel's HHDM offset, or 0
 * for an identity map) and, for a caller that can read only part of physical memory (the loader's
 * identity map of the low 4 GiB), the end of what it can read; it reports physical addresses.</li>
 * </ul>
 * The parsers are not reentrant where they fill static results; the kernel calls them on one CPU at boot.
 */
package jos.acpi;
