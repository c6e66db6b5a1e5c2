package jos.kernel.smp;

/** How many CPUs run kernel code: the bootstrap CPU, plus each application processor once it reports in. */
public final class Cpus {
    private Cpus() {
    }

    public static int count() {
        return ApplicationProcessors.running();
    }
}
