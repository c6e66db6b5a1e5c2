package jos.abi;

import jos.hw.CConstants;

/**
 * The system-call numbers (abi.md, "System calls"). A call's name in abi.md is its field name in lower
 * case. A program puts the number in rax and executes {@code syscall}.
 */
@CConstants(prefix = "JOS_SYS_")
public final class Calls {
    /** {@code exit(code)}: ends the calling program. Does not return. */
    public static final int EXIT = 0;
    /** {@code debug_write(address, length)}: writes bytes to the kernel log. */
    public static final int DEBUG_WRITE = 1;
    /** {@code spawn(path, path length, command line, length, handles, count)}: a child process; a PROCESS handle. */
    public static final int SPAWN = 2;
    /** {@code kill(process handle)}: ends a process. */
    public static final int KILL = 3;
    /** {@code process_status(process handle)}: running, or a dead process's exit code ({@link ProcessStatus}). */
    public static final int PROCESS_STATUS = 4;
    /** {@code process_watch(process handle, notification handle, bits)}: the process's death signals bits to the notification. */
    public static final int PROCESS_WATCH = 11;
    /** {@code process_fault(process, record)}: writes how an exception ended the process (jos.abi.FaultRecord). */
    public static final int PROCESS_FAULT = 12;
    /** {@code thread_create(entry, stack top, argument, priority)}: a new thread in the caller's process; a THREAD handle. */
    public static final int THREAD_CREATE = 6;
    /** {@code thread_priority(thread handle, priority)}: changes a thread's priority, at most the process's ceiling. */
    public static final int THREAD_PRIORITY = 7;
    /** {@code thread_affinity(thread handle, cpu)}: pins a thread to a CPU, or frees it ({@link Scheduling#ANY_CPU}). */
    public static final int THREAD_AFFINITY = 8;
    /** {@code thread_self()}: a THREAD handle naming the calling thread. */
    public static final int THREAD_SELF = 9;
    /** {@code thread_kill(thread handle)}: ends one thread. */
    public static final int THREAD_KILL = 10;
    /** {@code clock_monotonic()}: nanoseconds since boot. */
    public static final int CLOCK_MONOTONIC = 56;
    /** {@code clock_realtime()}: nanoseconds since 1970-01-01 00:00 UTC (the RTC read at boot, advanced by the monotonic clock). */
    public static final int CLOCK_REALTIME = 57;
    /** {@code sleep(ns)}: blocks the calling thread for ns nanoseconds; 0 yields. */
    public static final int SLEEP = 58;
    /** {@code timer_set(notification, bits, deadline, period)}: signals bits at the monotonic deadline and every period after. */
    public static final int TIMER_SET = 59;
    /** {@code timer_cancel(notification)}: stops the notification's timer; 1 if it was armed. */
    public static final int TIMER_CANCEL = 60;
    /** {@code map(address, length, protection)}: maps zeroed memory (or reserves address space); its address. */
    public static final int MAP = 16;
    /** {@code unmap(address, length)}: gives back the memory and address space of a range. */
    public static final int UNMAP = 17;
    /** {@code protect(address, length, protection)}: changes a range's protection. */
    public static final int PROTECT = 18;
    /** {@code memory_info(what)}: the caller's quota or usage in bytes ({@link MemoryInfo}). */
    public static final int MEMORY_INFO = 19;

    /** {@code yield()}: lets another ready thread of the caller's priority or higher run first. */
    public static final int YIELD = 5;
    /** {@code endpoint_create()}: a new endpoint; a handle with every endpoint right. */
    public static final int ENDPOINT_CREATE = 24;
    /** {@code notification_create()}: a new notification; a handle with every notification right. */
    public static final int NOTIFICATION_CREATE = 25;
    /** {@code send(endpoint, info, w0, w1, w2, w3)}: sends a message, waiting for a receiver. */
    public static final int SEND = 26;
    /** {@code call(endpoint, info, w0, w1, w2, w3)}: sends and waits for the reply. */
    public static final int CALL = 27;
    /** {@code recv(endpoint)}: waits for a message. */
    public static final int RECV = 28;
    /** {@code reply(-, info, w0, w1, w2, w3)}: answers the caller in the reply slot. */
    public static final int REPLY = 29;
    /** {@code reply_recv(endpoint, info, w0, w1, w2, w3)}: replies, then waits for the next message. */
    public static final int REPLY_RECV = 30;
    /** {@code try_send(endpoint, info, w0, w1, w2, w3)}: sends if a receiver waits, else EAGAIN. */
    public static final int TRY_SEND = 31;
    /** {@code try_recv(endpoint)}: receives if a sender waits, else EAGAIN. */
    public static final int TRY_RECV = 32;
    /** {@code signal(notification, bits)}: ORs bits into the notification's word. */
    public static final int SIGNAL = 33;
    /** {@code wait(notification)}: takes the word's bits, waiting for some. */
    public static final int WAIT = 34;
    /** {@code poll(notification)}: takes the word's bits, 0 if none. */
    public static final int POLL = 35;
    /** {@code ipc_buffer(address)}: maps the calling thread's IPC buffer (0: where the kernel chooses); its address. */
    public static final int IPC_BUFFER = 36;
    /** {@code device_map(device memory, offset, length, address, protection, cache type)}: maps device memory; its address. */
    public static final int DEVICE_MAP = 20;
    /** {@code memory_map(memory or module, offset, length, address, protection, module number)}: maps firmware memory or a module's bytes; its address. */
    public static final int MEMORY_MAP = 21;
    /** {@code irq_bind(irq, index, notification, bits)}: the line signals the notification, masked until irq_ack. */
    public static final int IRQ_BIND = 48;
    /** {@code irq_ack(irq, index)}: the driver served the device; the line is unmasked. */
    public static final int IRQ_ACK = 49;
    /** {@code irq_unbind(irq, index)}: masks the line and ends the binding. */
    public static final int IRQ_UNBIND = 50;
    /** {@code io_ports(ports)}: the caller's process may use the capability's ports with in and out. */
    public static final int IO_PORTS = 51;
    /** {@code cap_copy(handle)}: a second capability like handle's; its handle. */
    public static final int CAP_COPY = 40;
    /** {@code cap_mint(handle, rights, badge)}: a capability with fewer rights and maybe a badge; its handle. */
    public static final int CAP_MINT = 41;
    /** {@code cap_delete(handle)}: deletes a capability. */
    public static final int CAP_DELETE = 42;

    private Calls() {
    }
}
