package jos.loader.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.loader.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestsTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    static final long IMAGE = 0x400000, SIZE = 0x4000;
    private Machine machine;
    private RequestImage image;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        image = new RequestImage(machine, IMAGE, SIZE);
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void withoutMarkersTheWholeImageIsScanned() {
        long hhdm = image.request(RequestImage.HHDM, 0);
        long memmap = image.request(RequestImage.MEMMAP, 0);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(hhdm, Requests.request(Requests.HHDM));
        assertEquals(memmap, Requests.request(Requests.MEMORY_MAP));
        assertEquals(0, Requests.request(Requests.SMP));
        assertEquals(0, Requests.baseRevision, "no tag: revision 0");
        assertFalse(Requests.revision3());
    }

    @Test
    void onlyRequestsBetweenTheLastStartAndTheFirstEndMarkerCount() {
        long before = image.request(RequestImage.SMP, 0);
        image.startMarker();
        long ignoredRevision = image.baseRevision(1);
        image.startMarker();
        long revision = image.baseRevision(3);
        long hhdm = image.request(RequestImage.HHDM, 0);
        image.endMarker();
        long after = image.request(RequestImage.MEMMAP, 0);
        image.endMarker();
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(hhdm, Requests.request(Requests.HHDM));
        assertEquals(0, Requests.request(Requests.SMP), "before the last start marker: ignored");
        assertEquals(0, Requests.request(Requests.MEMORY_MAP), "after the end marker: ignored");
        assertEquals(revision, Requests.baseRevisionTag);
        assertEquals(1, machine.memory().read64(ignoredRevision + 16), "a tag outside the markers is not touched");
        assertTrue(before != 0 && after != 0);
    }

    @Test
    void duplicateRequestsRefuseTheBoot() {
        image.request(RequestImage.HHDM, 0);
        image.request(RequestImage.HHDM, 0);
        assertFalse(Requests.scan(IMAGE, SIZE, problem));
        assertEquals("kernel has the same Limine request twice; ID word 2", Problem.message(problem));
        assertEquals(RequestImage.HHDM[0], Problem.value(problem));
    }

    @Test
    void duplicateOutsideTheMarkersIsFine() {
        image.request(RequestImage.HHDM, 0);
        image.startMarker();
        long inside = image.request(RequestImage.HHDM, 0);
        image.endMarker();
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(inside, Requests.request(Requests.HHDM));
    }

    @Test
    void baseRevisionThreeIsGranted() {
        long tag = image.baseRevision(3);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(0, machine.memory().read64(tag + 16), "granted: third word set to 0");
        assertTrue(Requests.granted);
        assertEquals(3, Requests.baseRevision);
        assertTrue(Requests.revision3());
    }

    @Test
    void olderRevisionsAreGrantedWithTheirSemantics() {
        long tag = image.baseRevision(2);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(0, machine.memory().read64(tag + 16));
        assertEquals(2, Requests.baseRevision);
        assertFalse(Requests.revision3());
    }

    @Test
    void newerRevisionsAreNotGrantedAndGetRevisionThree() {
        long tag = image.baseRevision(4);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(4, machine.memory().read64(tag + 16), "not granted: left unchanged");
        assertFalse(Requests.granted);
        assertEquals(4, Requests.requestedRevision);
        assertTrue(Requests.revision3());
    }

    @Test
    void unknownRequestsAreCountedAndIgnored() {
        image.request(new long[] {0x1234, 0x5678}, 0);
        image.request(RequestImage.HHDM, 0);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(1, Requests.unknownRequests);
        assertEquals(0x1234, Requests.lastUnknownId);
    }

    @Test
    void misalignedRequestsAreNotFound() {
        long at = IMAGE + 0x804;
        machine.memory().write64(at, RequestImage.COMMON_0);
        machine.memory().write64(at + 8, RequestImage.COMMON_1);
        machine.memory().write64(at + 16, RequestImage.HHDM[0]);
        machine.memory().write64(at + 24, RequestImage.HHDM[1]);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        assertEquals(0, Requests.request(Requests.HHDM));
    }

    @Test
    void everyFeatureIsRecognised() {
        long[][] ids = {RequestImage.BOOTLOADER_INFO, RequestImage.FIRMWARE_TYPE, RequestImage.STACK_SIZE, RequestImage.HHDM,
            RequestImage.FRAMEBUFFER, RequestImage.PAGING_MODE, RequestImage.SMP, RequestImage.MEMMAP, RequestImage.ENTRY_POINT,
            RequestImage.KERNEL_FILE, RequestImage.MODULE, RequestImage.RSDP, RequestImage.KERNEL_ADDRESS,
            RequestImage.EFI_SYSTEM_TABLE};
        long[] at = new long[ids.length];
        for (int i = 0; i < ids.length; i++) at[i] = image.request(ids[i], 0, 0, 0, 0);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        for (int f = 0; f < Requests.FEATURES; f++) assertEquals(at[f], Requests.request(f), Requests.name(f));
        assertEquals(0, Requests.unknownRequests);
    }

    @Test
    void respondStoresAnHhdmPointer() {
        long r = image.request(RequestImage.HHDM, 0);
        assertTrue(Requests.scan(IMAGE, SIZE, problem));
        Requests.respond(Requests.HHDM, 0x123450);
        assertEquals(0xffff800000123450L, image.response(r));
        Requests.respond(Requests.SMP, 0x999000); // not requested: nothing happens
    }
}
