package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.Test;

/** The thread block's areas follow one another inside the block, and the FXSAVE image is aligned. */
class ThreadLayoutTest {
    @Test
    void areasAreDisjointAndInsideTheBlock() {
        int[][] areas = {
                {Thread.FRAME, UserFrame.SIZE},
                {Thread.NAME, 32},
                {Thread.SCHED, Thread.SCHED_BYTES},
                {Thread.IPC, Thread.IPC_BYTES},
                {Thread.PROCESS, Thread.PROCESS_BYTES},
                {Thread.SPARE, Thread.RESUME - Thread.SPARE},
                {Thread.RESUME, Thread.RESUME_BYTES},
                {Thread.FX_STATE, Thread.FX_STATE_BYTES}};
        int end = 0;
        for (int[] area : areas) {
            assertEquals(end, area[0], "areas follow one another without gaps or overlaps");
            end = area[0] + area[1];
        }
        assertEquals(Thread.SIZE, end, "the FXSAVE image ends the block");
        assertEquals(0, Thread.SIZE % 16, "TSS.RSP0 and the entry stacks start at the block: 16-byte aligned");
        assertTrue(Thread.FX_STATE_BYTES == 512 && (Thread.SIZE - Thread.FX_STATE) % 64 == 0,
                "the block ends at a page boundary, so the FXSAVE image (the block's end minus 512) is 64-byte aligned");
    }
}
