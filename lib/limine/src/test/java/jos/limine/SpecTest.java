package jos.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jos.hw.Struct;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The declarations against the specification itself: the C structures of limine-PROTOCOL-v8.x.md are
 * laid out with the x86_64 C rules and compared member by member with the @Struct classes; the request
 * IDs, markers and constants are compared with its #defines. The document (Limine's, BSD-licensed: see
 * limine-COPYING.txt beside it) is a test resource, so these tests always run.
 */
class SpecTest {
    /** C structure name (without limine_) to class; requests with no members of their own are checked against RequestHeader. */
    static final Map<String, Class<?>> CLASSES = Map.ofEntries(Map.entry("bootloader_info_response", BootloaderInfoResponse.class),
            Map.entry("firmware_type_response", FirmwareTypeResponse.class), Map.entry("stack_size_request", StackSizeRequest.class),
            Map.entry("stack_size_response", StackSizeResponse.class), Map.entry("hhdm_response", HhdmResponse.class),
            Map.entry("framebuffer_response", FramebufferResponse.class), Map.entry("framebuffer", Framebuffer.class),
            Map.entry("video_mode", VideoMode.class), Map.entry("paging_mode_request", PagingModeRequest.class),
            Map.entry("paging_mode_response", PagingModeResponse.class), Map.entry("smp_request", SmpRequest.class),
            Map.entry("smp_response", SmpResponse.class), Map.entry("smp_info", SmpInfo.class),
            Map.entry("memmap_response", MemoryMapResponse.class), Map.entry("memmap_entry", MemoryMapEntry.class),
            Map.entry("entry_point_request", EntryPointRequest.class), Map.entry("entry_point_response", EntryPointResponse.class),
            Map.entry("kernel_file_response", KernelFileResponse.class), Map.entry("module_request", ModuleRequest.class),
            Map.entry("internal_module", InternalModule.class), Map.entry("module_response", ModuleResponse.class),
            Map.entry("file", File.class), Map.entry("uuid", Uuid.class), Map.entry("rsdp_response", RsdpResponse.class),
            Map.entry("smbios_response", SmbiosResponse.class), Map.entry("efi_system_table_response", EfiSystemTableResponse.class),
            Map.entry("efi_memmap_response", EfiMemoryMapResponse.class), Map.entry("boot_time_response", BootTimeResponse.class),
            Map.entry("kernel_address_response", KernelAddressResponse.class), Map.entry("dtb_response", DtbResponse.class));

    record Member(String name, int offset, int bytes) {
    }

    record CStruct(List<Member> members, int size) {
    }

    static String spec;
    /** The first definition of each structure: x86_64's where architectures differ (it comes first). */
    static final Map<String, CStruct> STRUCTS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (var in = SpecTest.class.getResourceAsStream("limine-PROTOCOL-v8.x.md")) {
            if (in == null) throw new IOException("test resource limine-PROTOCOL-v8.x.md is missing");
            spec = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher block = Pattern.compile("```c\\n(.*?)```", Pattern.DOTALL).matcher(spec);
        Pattern struct = Pattern.compile("^struct limine_(\\w+) \\{\\n(.*?)^\\};", Pattern.DOTALL | Pattern.MULTILINE);
        while (block.find()) {
            Matcher s = struct.matcher(block.group(1));
            while (s.find()) STRUCTS.putIfAbsent(s.group(1), layout(s.group(2)));
        }
    }

    private static final Pattern MEMBER = Pattern.compile("^\\s*(?:const\\s+)?((?:struct\\s+)?\\w+)\\s*(\\**)\\s*(\\w+)(?:\\[(\\d+)])?;");

    /** The x86_64 System V layout of a structure's members. */
    private static CStruct layout(String body) {
        List<Member> members = new ArrayList<>();
        int offset = 0, maxAlign = 1;
        for (String line : body.split("\n")) {
            Matcher m = MEMBER.matcher(line);
            if (!m.find()) continue;
            int size, align;
            if (!m.group(2).isEmpty()) {
                size = align = 8;
            } else {
                switch (m.group(1)) {
                    case "uint8_t" -> size = align = 1;
                    case "uint16_t" -> size = align = 2;
                    case "uint32_t" -> size = align = 4;
                    case "uint64_t", "int64_t", "limine_entry_point", "limine_goto_address" -> size = align = 8;
                    case "struct limine_uuid" -> {
                        size = 16;
                        align = 4;
                    }
                    default -> throw new IllegalStateException("unknown member type in: " + line);
                }
            }
            int count = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            offset = (offset + align - 1) / align * align;
            members.add(new Member(m.group(3).toUpperCase(), offset, size * count));
            offset += size * count;
            maxAlign = Math.max(maxAlign, align);
        }
        return new CStruct(members, (offset + maxAlign - 1) / maxAlign * maxAlign);
    }

    @Test
    void everyStructureOfTheSpecificationIsDeclaredWithItsOffsets() throws Exception {
        Set<Class<?>> checked = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Map.Entry<String, CStruct> e : STRUCTS.entrySet()) {
            String name = e.getKey();
            if (name.equals("example_response")) continue;
            Class<?> c = CLASSES.get(name);
            List<Member> members = e.getValue().members();
            if (c == null && name.endsWith("_request")) {
                // No members of its own: exactly the common header, with a typed response pointer.
                c = RequestHeader.class;
                members = members.subList(0, Math.min(3, members.size()));
                assertEquals(3, e.getValue().members().size(), name + " has members of its own but no class");
            } else {
                assertTrue(c != null, "no class for struct limine_" + name);
                assertEquals(e.getValue().size(), c.getAnnotation(Struct.class).size(), c.getSimpleName() + " size");
                checked.add(c);
            }
            for (Member m : members) {
                assertEquals(m.offset(), c.getField(m.name()).getInt(null), c.getSimpleName() + "." + m.name());
                jos.hw.Field field = c.getField(m.name()).getAnnotation(jos.hw.Field.class);
                assertEquals(m.bytes(), field.value().bytes * field.count(), c.getSimpleName() + "." + m.name() + " bytes");
            }
            long fields = java.util.Arrays.stream(c.getDeclaredFields()).filter(f -> f.isAnnotationPresent(jos.hw.Field.class)).count();
            assertEquals(members.size(), fields, c.getSimpleName() + ": members not in struct limine_" + name);
        }
        Set<Class<?>> all = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        all.addAll(LayoutsTest.structs());
        all.remove(RequestHeader.class);
        assertEquals(all, checked, "every @Struct corresponds to a structure of the specification");
    }

    @Test
    void requestIdsMarkersAndMagicAreTheSpecifications() throws Exception {
        Matcher id = Pattern.compile("#define LIMINE_(\\w+)_REQUEST \\{ LIMINE_COMMON_MAGIC, (0x\\w+), (0x\\w+) }").matcher(spec);
        int ids = 0;
        while (id.find()) {
            if (id.group(1).equals("EXAMPLE")) continue;
            assertEquals(Long.parseUnsignedLong(id.group(2).substring(2), 16), Protocol.class.getField(id.group(1) + "_ID_2").getLong(null), id.group(1));
            assertEquals(Long.parseUnsignedLong(id.group(3).substring(2), 16), Protocol.class.getField(id.group(1) + "_ID_3").getLong(null), id.group(1));
            ids++;
        }
        assertEquals(18, ids);
        assertWords("#define LIMINE_COMMON_MAGIC ", Protocol.COMMON_MAGIC_0, Protocol.COMMON_MAGIC_1);
        assertWords("limine_base_revision[3] = { ", Protocol.BASE_REVISION_MAGIC_0, Protocol.BASE_REVISION_MAGIC_1);
        assertWords("limine_requests_start_marker[4] = { ", Protocol.START_MARKER_0, Protocol.START_MARKER_1, Protocol.START_MARKER_2,
                Protocol.START_MARKER_3);
        assertWords("limine_requests_end_marker[2] = { ", Protocol.END_MARKER_0, Protocol.END_MARKER_1);
    }

    private static void assertWords(String prefix, long... words) {
        int at = spec.indexOf(prefix);
        assertTrue(at >= 0, prefix);
        Matcher hex = Pattern.compile("0x([0-9a-f]+)").matcher(spec.substring(at + prefix.length()));
        for (long w : words) {
            assertTrue(hex.find(), prefix);
            assertEquals(Long.parseUnsignedLong(hex.group(1), 16), w, prefix);
        }
    }

    @Test
    void constantsAreTheSpecifications() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("FIRMWARE_TYPE_X86BIOS", FirmwareTypeResponse.X86BIOS);
        expected.put("FIRMWARE_TYPE_UEFI32", FirmwareTypeResponse.UEFI32);
        expected.put("FIRMWARE_TYPE_UEFI64", FirmwareTypeResponse.UEFI64);
        expected.put("FRAMEBUFFER_RGB", (long) Framebuffer.MEMORY_MODEL_RGB);
        expected.put("PAGING_MODE_X86_64_4LVL", PagingModeRequest.FOUR_LEVEL);
        expected.put("PAGING_MODE_X86_64_5LVL", PagingModeRequest.FIVE_LEVEL);
        expected.put("MEMMAP_USABLE", MemoryMapEntry.USABLE);
        expected.put("MEMMAP_RESERVED", MemoryMapEntry.RESERVED);
        expected.put("MEMMAP_ACPI_RECLAIMABLE", MemoryMapEntry.ACPI_RECLAIMABLE);
        expected.put("MEMMAP_ACPI_NVS", MemoryMapEntry.ACPI_NVS);
        expected.put("MEMMAP_BAD_MEMORY", MemoryMapEntry.BAD_MEMORY);
        expected.put("MEMMAP_BOOTLOADER_RECLAIMABLE", MemoryMapEntry.BOOTLOADER_RECLAIMABLE);
        expected.put("MEMMAP_KERNEL_AND_MODULES", MemoryMapEntry.EXECUTABLE_AND_MODULES);
        expected.put("MEMMAP_FRAMEBUFFER", MemoryMapEntry.FRAMEBUFFER);
        expected.put("MEDIA_TYPE_GENERIC", File.MEDIA_TYPE_GENERIC);
        expected.put("MEDIA_TYPE_OPTICAL", File.MEDIA_TYPE_OPTICAL);
        expected.put("MEDIA_TYPE_TFTP", File.MEDIA_TYPE_TFTP);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Matcher m = Pattern.compile("#define LIMINE_" + e.getKey() + "\\s+(\\d+)\\n").matcher(spec);
            assertTrue(m.find(), e.getKey());
            assertEquals(Long.parseLong(m.group(1)), e.getValue(), e.getKey());
        }
        assertTrue(spec.contains("#define LIMINE_INTERNAL_MODULE_REQUIRED (1 << 0)") && InternalModule.REQUIRED == 1);
        assertTrue(spec.contains("#define LIMINE_INTERNAL_MODULE_COMPRESSED (1 << 1)") && InternalModule.COMPRESSED == 2);
        assertTrue(spec.contains("`flags` - Bit 0: Enable X2APIC, if possible.") && SmpRequest.X2APIC == 1);
        assertTrue(spec.contains("`flags` - Bit 0: X2APIC has been enabled.") && SmpResponse.X2APIC == 1);
    }
}
