package jos.kernel.sched;

import jos.kernel.smp.ApplicationProcessors;

/** The scheduler as an idle CPU's work: its ready threads ({@link Scheduler#runReady}). */
final class IdleWork implements ApplicationProcessors.IdleWork {
    @Override
    public boolean runReady() {
        return Scheduler.runReady();
    }
}
