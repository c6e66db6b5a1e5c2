package jos.loader.acpi;

import jos.acpi.Problem;
import jos.acpi.Signatures;
import jos.loader.Console;

/**
 * Prints the ACPI problem {@link AcpiTables} left in a record (jos.acpi's, not the loader's, which has no
 * table signature): which table, where, what is wrong and the value involved, e.g. {@code jos-loader:
 * warning: no usable MADT, ...: table APIC at 0x1fe1000: ACPI table: checksum is wrong (value 0x89)}.
 */
public final class AcpiWarning {
    private AcpiWarning() {
    }

    public static void print(String what, long[] problem) {
        Console.print("jos-loader: warning: ");
        Console.print(what);
        if (Problem.signature(problem) != 0 || Problem.table(problem) != 0) {
            Console.print("table");
            if (Problem.signature(problem) != 0) {
                Console.putChar(' ');
                for (int i = 0; i < 4; i++) Console.putChar(Signatures.printableAt(Problem.signature(problem), i));
            }
            if (Problem.table(problem) != 0) {
                Console.print(" at ");
                Console.printHex(Problem.table(problem));
            }
            Console.print(": ");
        }
        Console.print(Problem.reason(problem) == Problem.NONE ? "?" : Problem.message(problem));
        Console.print(" (value ");
        Console.printHex(Problem.value(problem));
        Console.println(")");
        Problem.clear(problem);
    }
}
