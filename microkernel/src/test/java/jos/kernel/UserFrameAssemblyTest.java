package jos.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jos.abi.Calls;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserReturn;
import jos.kernel.process.UserThread;

/**
 * The assembly that fills and restores a thread's {@link UserFrame} agrees with its layout: the syscall
 * entry stores every general register at its field (rip from rcx, rflags from r11), and both ways out of
 * the return path, sysretq and iretq, load every one from its field. ({@link #naked} serves other packages' assembly tests.)
 */
public class UserFrameAssemblyTest {
    static final List<String> REGISTERS = List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12",
            "r13", "r14", "r15");

    public static List<String> naked(String classFile, String method) throws Exception {
        ClassModel model = ClassFile.of().parse(Path.of("target/classes", classFile));
        for (MethodModel m : model.methods()) {
            if (m.methodName().stringValue().equals(method)) return NakedAssemblyTest.nakedStrings(m);
        }
        throw new AssertionError("no method " + method + " in " + classFile);
    }

    static int field(String register) throws Exception {
        return UserFrame.class.getField(register.toUpperCase()).getInt(null);
    }

    @Test
    void theSyscallEntrySavesEveryRegisterAtItsField() throws Exception {
        List<String> lines = naked("jos/kernel/x86/user/SyscallEntry.class", "address");
        for (String r : REGISTERS) {
            assertTrue(lines.contains("movq %" + r + ", " + (UserFrame.IN_THREAD_BLOCK + field(r)) + "(%rsp)"), r + " saved");
        }
        assertTrue(lines.contains("movq %rcx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp)"), "rip from rcx");
        assertTrue(lines.contains("movq %r11, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RFLAGS) + "(%rsp)"), "rflags from r11");
        assertTrue(lines.contains("movq %rcx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp)"), "the user rsp");
        String frame = "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi";
        int first = lines.indexOf(frame);
        assertEquals(List.of(frame, "xorl %ebp, %ebp",
                "cmpq $" + Calls.CALL + ", %rax", "je 5f", "cmpq $" + Calls.REPLY_RECV + ", %rax", "je 5f",
                "call jos_kernel_syscall_first", "jmp 4f", "5:", "call jos_kernel_syscall_ipc",
                "4:", "testl %eax, %eax", "jz 3f", frame,
                "cmpl $" + SyscallEntry.NEXT_GENERAL + ", %eax", "jne 6f", "call jos_kernel_syscall", "jmp 3f",
                "6:", "cmpl $" + SyscallEntry.NEXT_IPC_COMPLETE + ", %eax", "jne 7f", "call jos_kernel_syscall_ipc_complete", "jmp 3f",
                "7:", "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp", "call jos_kernel_sched_resumed", "3:"),
                lines.subList(first, first + 27), "call and reply_recv (the number still in rax) to the IPC fast path, the rest to"
                        + " the first level (with rbp 0: compiled code's frame-pointer walk ends at the entry); then each NEXT_*"
                        + " they return, with the frame in rdi");
        assertEquals(0, SyscallEntry.NEXT_EXIT, "the assembly tests it with testl");
        int call = lines.indexOf("3:");
        assertEquals(List.of("cli", "movq %gs:" + PerCpu.RETURN_WORK + ", %rax", "cmpl $0, (%rax)", "jne jos_user_return",
                "movabsq $" + UserReturn.TOP_USER_PAGE + ", %rax",
                "cmpq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp)", "jae jos_user_return",
                "cmpq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp)", "jb 2f", ".globl jos_user_return",
                "jos_user_return:"), lines.subList(call + 1, call + 12),
                "sysretq at once only without return work and with rip and rsp below the top user page (UserReturn.decide's"
                        + " SYSRET for a frame the entry stored); anything else through the one return path");
        List<String> general = lines.subList(lines.indexOf("jos_user_return:"), lines.size());
        int decided = general.indexOf("jne 1f");
        assertEquals("2:", general.get(decided + 1), "the common exit joins the sysretq path after the decision");
        List<String> start = naked("jos/kernel/sched/Switch.class", "startAddress");
        assertEquals("jmp jos_user_return", start.get(start.size() - 1), "a thread starts through it too");
    }

    @Test
    void bothWaysOutRestoreEveryRegisterFromItsField() throws Exception {
        List<String> lines = naked("jos/kernel/x86/user/SyscallEntry.class", "address");
        lines = lines.subList(lines.indexOf("jos_user_return:"), lines.size());
        int sysret = lines.indexOf("sysretq"), iret = lines.indexOf("iretq"), split = lines.indexOf("1:");
        assertTrue(split > sysret && iret > split, "sysretq path, then the iretq path");
        Map<String, Integer> viaSysret = loads(lines.subList(lines.indexOf("jne 1f"), sysret), 0);
        Map<String, Integer> expected = new TreeMap<>();
        for (String r : REGISTERS) expected.put(r, UserFrame.IN_THREAD_BLOCK + field(r));
        expected.put("rcx", UserFrame.IN_THREAD_BLOCK + UserFrame.RIP);
        expected.put("r11", UserFrame.IN_THREAD_BLOCK + UserFrame.RFLAGS);
        expected.put("rsp", UserFrame.IN_THREAD_BLOCK + UserFrame.RSP);
        assertEquals(expected, viaSysret);
        assertEquals("swapgs", lines.get(sysret - 1));

        String build = lines.get(split + 1);
        assertTrue(build.startsWith("subq $"), build);
        int below = Integer.parseInt(build.substring("subq $".length(), build.indexOf(',')));
        Map<String, Integer> viaIret = loads(lines.subList(split, iret), below);
        expected.clear();
        for (String r : REGISTERS) expected.put(r, UserFrame.IN_THREAD_BLOCK + field(r));
        assertEquals(expected, viaIret, "rax carries the iret frame's words first, then its own value last");
        assertEquals("swapgs", lines.get(iret - 1));
    }

    /** The last frame field each register is loaded from with "movq N(%rsp), %reg", N less base. */
    static Map<String, Integer> loads(List<String> lines, int base) {
        Map<String, Integer> out = new TreeMap<>();
        for (String l : lines) {
            var m = java.util.regex.Pattern.compile("movq (\\d+)\\(%rsp\\), %(\\w+)").matcher(l);
            if (m.matches()) out.put(m.group(2), Integer.parseInt(m.group(1)) - base);
        }
        return out;
    }
}
