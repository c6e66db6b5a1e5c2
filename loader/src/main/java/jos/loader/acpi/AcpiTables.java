package jos.loader.acpi;

import jos.acpi.Madt;
import jos.acpi.Problem;
import jos.acpi.Signatures;
import jos.acpi.TableDirectory;
import jos.acpi.TableInfo;

/**
 * Finds the MADT with the shared parsers (jos.acpi), within what the loader can read: tables through
 * its identity map of the low 4 GiB only, so tables above it are refused, never read. A failure leaves
 * its reason, and the table it is about, in the caller's {@link Problem} record for {@link AcpiWarning}.
 * The directory and table records are the loader's own: it runs on one CPU, once.
 */
public final class AcpiTables {
    private AcpiTables() {
    }

    /** entry.S identity-maps only the low 4 GiB. */
    public static final long READABLE_END = 0x1_0000_0000L;
    /** Larger tables are taken for corrupt ones. */
    public static final long MAX_TABLE = 1L << 20;

    private static final long[] DIRECTORY = new long[TableDirectory.SIZE];
    private static final long[] TABLE = new long[TableInfo.SIZE];

    /**
     * The physical address of the first valid MADT, checked entry by entry, reached from the RSDP copy
     * of rsdpLength bytes at rsdp; 0 with the reason in problem if the RSDP, the root table or every MADT is bad.
     */
    public static long findMadt(long rsdp, long rsdpLength, long[] problem) {
        Problem.clear(problem);
        if (!TableDirectory.open(DIRECTORY, rsdp, rsdpLength, 0, READABLE_END, MAX_TABLE, problem)) return 0;
        long madt = TableDirectory.find(DIRECTORY, Signatures.APIC, TABLE, problem);
        if (madt == 0) return 0;
        if (!Madt.check(madt, MAX_TABLE, problem)) {
            Problem.about(problem, madt);
            return 0;
        }
        return madt;
    }
}
