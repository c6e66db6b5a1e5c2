package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.SmpInfo;
import jos.limine.SmpRequest;
import jos.limine.SmpResponse;
import jos.loader.Console;
import jos.loader.Problem;
import jos.loader.acpi.CpuList;
import jos.loader.memory.PhysicalAllocator;
import jos.loader.smp.ApStartup;
import jos.loader.smp.LocalApic;
import jos.loader.smp.Trampoline;

/**
 * SMP feature (x86_64): one {@code limine_smp_info} per CPU that runs, the BSP included. Only when
 * the kernel asks are the APs started, one at a time, each on its own stack of the requested size;
 * an AP that does not arrive in time is left out of the response.
 */
public final class Smp {
    private Smp() {
    }

    /** True if the kernel asked for x2APIC mode. */
    public static boolean wantsX2apic() {
        long r = Requests.request(Requests.SMP);
        return r != 0 && (Memory.read64(r + SmpRequest.FLAGS) & SmpRequest.X2APIC) != 0;
    }

    /** The number of CPUs in the last response (0 before). */
    public static int cpuCount;

    /**
     * Starts the APs listed in cpus (count records of {@link CpuList}) and answers the request. The
     * trampoline must be installed and configured and {@link LocalApic#init} done. False with a
     * problem only on out-of-memory; APs that fail to start are left out.
     */
    public static boolean respond(long cpus, int count, long stackSize, long[] problem) {
        cpuCount = 0;
        if (Requests.request(Requests.SMP) == 0) return true;
        int bsp = LocalApic.id();
        boolean bspListed = false;
        for (int i = 0; i < count; i++) if (CpuList.lapicId(cpus, i) == bsp) bspListed = true;
        int slots = count + (bspListed ? 0 : 1);
        long response = Arena.allocate(SmpResponse.SIZE, problem), pointers = Arena.allocate(8L * slots, problem);
        long infos = Arena.allocate((long) SmpInfo.SIZE * slots, problem);
        if (response == 0 || pointers == 0 || infos == 0) return false;
        int n = 0;
        if (!bspListed) {
            Memory.write32(infos + SmpInfo.LAPIC_ID, bsp);
            Memory.write64(pointers, Hhdm.virt(infos));
            n = 1;
        }
        for (int i = 0; i < count; i++) {
            int lapic = CpuList.lapicId(cpus, i);
            long info = infos + (long) SmpInfo.SIZE * n;
            Memory.fill(info, (byte) 0, SmpInfo.SIZE);
            Memory.write32(info + SmpInfo.PROCESSOR_ID, CpuList.processorId(cpus, i));
            Memory.write32(info + SmpInfo.LAPIC_ID, lapic);
            if (lapic != bsp) {
                if (!LocalApic.addressable(lapic)) {
                    Console.print("jos-loader: smp: APIC ID above 255 needs x2APIC, skipping CPU ");
                    Console.printDec(lapic & 0xFFFFFFFFL);
                    Console.println();
                    continue;
                }
                long stack = PhysicalAllocator.allocateReclaimable(stackSize, problem);
                if (stack == 0) return false;
                Trampoline.prepare(Hhdm.virt(info), Hhdm.virt(info + SmpInfo.GOTO_ADDRESS), Hhdm.virt(stack + stackSize));
                if (!ApStartup.start(lapic)) {
                    Console.print("jos-loader: smp: CPU with APIC ID ");
                    Console.printDec(lapic & 0xFFFFFFFFL);
                    Console.println(" did not start; leaving it out");
                    continue;
                }
            }
            Memory.write64(pointers + 8L * n, Hhdm.virt(info));
            n++;
        }
        Memory.write32(response + SmpResponse.FLAGS, LocalApic.x2apic ? (int) SmpResponse.X2APIC : 0);
        Memory.write32(response + SmpResponse.BSP_LAPIC_ID, bsp);
        Memory.write64(response + SmpResponse.CPU_COUNT, n);
        Memory.write64(response + SmpResponse.CPUS, Hhdm.virt(pointers));
        Requests.respond(Requests.SMP, response);
        cpuCount = n;
        Problem.clear(problem);
        return true;
    }
}
