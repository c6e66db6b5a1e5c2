/*
 * jos-loader entry (GNU as, AT&T syntax).
 *
 * - The multiboot2 header, in its own section that loader.ld places first.
 * - loader_entry32: GRUB enters here in 32-bit protected mode, paging off, EAX = multiboot2 magic,
 *   EBX = physical address of the boot information. We zero .bss, identity-map 0-4 GiB with 2 MiB
 *   pages, enable PAE, EFER.LME and paging, load a 64-bit GDT and call loader_main(mbi) (Java).
 * - The AP trampoline (loader_trampoline_start..end), copied by jos.loader.smp.Trampoline to a page
 *   below 1 MiB: real mode -> long mode with the kernel's page tables, then the park loop, reached
 *   through the page's HHDM alias, which waits for the kernel to write goto_address.
 * - loader_handoff: the BSP's final jump into the kernel.
 */

        .set MB2_HEADER_MAGIC, 0xe85250d6
        .set MB2_ARCHITECTURE_I386, 0
        .set MB2_BOOTLOADER_MAGIC, 0x36d76289
        .set MB2_TAG_END, 0
        .set MB2_TAG_FRAMEBUFFER, 5
        .set MB2_TAG_OPTIONAL, 1

        .set COM1, 0x3f8
        .set IA32_EFER, 0xc0000080
        .set IA32_PAT, 0x277
        .set IA32_APIC_BASE, 0x1b
        .set EFER_LME, 0x100
        .set CR4_PAE, 0x20
        .set CR0_PE_PG, 0x80000001
        .set CR0_WP, 0x10000
        .set PDE_2M_PRESENT_WRITABLE, 0x83
        .set TABLE_PRESENT_WRITABLE, 0x3
        .set BOOT_STACK_SIZE, 0x10000

        /* The scratch area Java carves its tables from: jos.loader.Loader.SCRATCH_BYTES. */
        .set LOADER_SCRATCH_SIZE, 0x20000

        /* The trampoline parameter block: jos.loader.smp.Trampoline.Parameters (a test compares). */
        .set TP_GDTR32_LIMIT, 0
        .set TP_JUMP_OFFSET, 8
        .set TP_CR3, 16
        .set TP_CR4, 20
        .set TP_CR0, 24
        .set TP_EFER, 28
        .set TP_PAT, 32
        .set TP_X2APIC, 40
        .set TP_GDTR64_LIMIT, 48
        .set TP_PARK, 64
        .set TP_INFO, 72
        .set TP_GOTO, 80
        .set TP_STACK, 88
        .set TP_ARRIVED, 96
        .set TP_ARRIVED_FLAG, 104
        .set TP_SIZE, 112

        /* The final GDT's selectors: jos.loader.cpu.Gdt.CODE64 and DATA64. */
        .set KERNEL_CODE64, 0x28
        .set KERNEL_DATA64, 0x30

/* ---------------------------------------------------------------- multiboot2 header */

        .section .multiboot2, "a"
        .balign 8
mb2_header:
        .long MB2_HEADER_MAGIC
        .long MB2_ARCHITECTURE_I386
        .long mb2_header_end - mb2_header
        .long 0x100000000 - (MB2_HEADER_MAGIC + MB2_ARCHITECTURE_I386 + (mb2_header_end - mb2_header))
        .balign 8
        /* framebuffer tag: 1024x768x32, optional (GRUB may boot without a framebuffer) */
        .short MB2_TAG_FRAMEBUFFER
        .short MB2_TAG_OPTIONAL
        .long 20
        .long 1024
        .long 768
        .long 32
        .balign 8
        .short MB2_TAG_END
        .short 0
        .long 8
mb2_header_end:

/* ---------------------------------------------------------------- 32-bit entry (BSP) */

        .section .text.entry, "ax"
        .code32
        .globl loader_entry32
        .type loader_entry32, @function
loader_entry32:
        cli
        cld
        cmp $MB2_BOOTLOADER_MAGIC, %eax
        jne bad_magic
        mov %ebx, %esi                  /* the mbi, kept in ESI (rep stos leaves it alone) */

        /* zero .bss: page tables, stack, scratch, Java statics */
        mov $__bss_start, %edi
        mov $__bss_end, %ecx
        sub %edi, %ecx
        xor %eax, %eax
        rep stosb
        mov $boot_stack_top, %esp

        /* PML4[0] -> PDPT; PDPT[0..3] -> PD0..PD3; PD entries map 0-4 GiB with 2 MiB pages */
        mov $boot_pdpt, %eax
        or $TABLE_PRESENT_WRITABLE, %eax
        mov %eax, boot_pml4
        mov $boot_pd, %eax
        or $TABLE_PRESENT_WRITABLE, %eax
        mov %eax, boot_pdpt
        add $0x1000, %eax
        mov %eax, boot_pdpt + 8
        add $0x1000, %eax
        mov %eax, boot_pdpt + 16
        add $0x1000, %eax
        mov %eax, boot_pdpt + 24
        mov $boot_pd, %edi
        mov $PDE_2M_PRESENT_WRITABLE, %eax
        mov $2048, %ecx
1:      mov %eax, (%edi)
        movl $0, 4(%edi)
        add $0x200000, %eax
        add $8, %edi
        loop 1b

        mov %cr4, %eax
        or $CR4_PAE, %eax
        mov %eax, %cr4
        mov $boot_pml4, %eax
        mov %eax, %cr3
        mov $IA32_EFER, %ecx
        rdmsr
        or $EFER_LME, %eax
        wrmsr
        mov %cr0, %eax
        or $CR0_PE_PG, %eax
        mov %eax, %cr0
        lgdt boot_gdtr
        ljmp $0x08, $long_mode

bad_magic:
        mov $bad_magic_message, %esi
        mov $COM1, %dx
2:      movb (%esi), %al
        test %al, %al
        jz 3f
        outb %al, %dx
        inc %esi
        jmp 2b
3:      cli
        hlt
        jmp 3b

        .code64
long_mode:
        mov $0x10, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %ss
        mov %eax, %fs
        mov %eax, %gs
        mov $boot_stack_top, %esp       /* zero-extends into RSP; the loader is below 4 GiB */
        mov %esi, %edi                  /* loader_main(mbi) */
        xor %ebp, %ebp
        call loader_main
4:      cli
        hlt
        jmp 4b
        .size loader_entry32, . - loader_entry32

/* ---------------------------------------------------------------- BSP handoff */

        .text
        .code64
        /* loader_handoff(entry RDI, stack top RSI, GDT pointer RDX, CR3 RCX); never returns. */
        .globl loader_handoff
        .type loader_handoff, @function
loader_handoff:
        cli
        cld
        mov %cr0, %rax
        or $CR0_WP, %rax                /* supervisor writes honour read-only pages */
        mov %rax, %cr0
        mov %rcx, %cr3
        lgdt (%rdx)
        mov %rsi, %rsp
        pushq $KERNEL_CODE64
        lea 5f(%rip), %rax
        push %rax
        lretq
5:      mov $KERNEL_DATA64, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %ss
        mov %eax, %fs
        mov %eax, %gs
        pushq $0                        /* the invalid return address the protocol promises */
        push %rdi
        xor %eax, %eax
        xor %ebx, %ebx
        xor %ecx, %ecx
        xor %edx, %edx
        xor %esi, %esi
        xor %edi, %edi
        xor %ebp, %ebp
        xor %r8d, %r8d
        xor %r9d, %r9d
        xor %r10d, %r10d
        xor %r11d, %r11d
        xor %r12d, %r12d
        xor %r13d, %r13d
        xor %r14d, %r14d
        xor %r15d, %r15d
        ret                             /* to the entry point, leaving RSP at the zero return address */
        .size loader_handoff, . - loader_handoff

/* ---------------------------------------------------------------- AP trampoline (copied below 1 MiB) */

        .section .trampoline, "a"
        .balign 16
        .globl loader_trampoline_start
loader_trampoline_start:
        .code16
        /* real mode, CS:IP = page:0 after the SIPI; DS = CS so params are DS-relative offsets */
        cli
        cld
        mov %cs, %ax
        mov %ax, %ds
        lgdtl (tp - loader_trampoline_start + TP_GDTR32_LIMIT)
        movl (tp - loader_trampoline_start + TP_CR3), %eax
        mov %eax, %cr3
        movl (tp - loader_trampoline_start + TP_CR4), %eax
        or $CR4_PAE, %eax
        mov %eax, %cr4
        mov $IA32_EFER, %ecx
        rdmsr
        orl (tp - loader_trampoline_start + TP_EFER), %eax
        wrmsr
        movl (tp - loader_trampoline_start + TP_CR0), %eax
        mov %eax, %cr0                  /* PE and PG together: straight into long mode */
        ljmpl *(tp - loader_trampoline_start + TP_JUMP_OFFSET)

        .code64
        .globl loader_trampoline_long
loader_trampoline_long:
        mov $KERNEL_DATA64, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %ss
        mov %eax, %fs
        mov %eax, %gs
        lea tp(%rip), %rbx
        mov TP_PAT(%rbx), %rax
        test %rax, %rax
        jz 6f
        mov %rax, %rdx
        shr $32, %rdx
        mov $IA32_PAT, %ecx
        wrmsr
6:      cmpl $0, TP_X2APIC(%rbx)
        je 7f
        mov $IA32_APIC_BASE, %ecx
        rdmsr
        or $0xc00, %eax                 /* global enable + x2APIC enable */
        wrmsr
7:      lgdt TP_GDTR64_LIMIT(%rbx)      /* the same GDT, at its HHDM address */
        mov TP_INFO(%rbx), %rdi
        mov TP_GOTO(%rbx), %rsi
        mov TP_STACK(%rbx), %rdx
        mov TP_ARRIVED(%rbx), %rcx
        mov TP_PARK(%rbx), %rax
        mov %rdx, %rsp
        pushq $KERNEL_CODE64
        push %rax
        lretq                           /* to the park loop at its HHDM address, reloading CS */

        /* Runs at the HHDM alias of the trampoline page, position-independent: RDI = smp_info,
           RSI = &goto_address, RDX = stack top, RCX = arrival flag (all HHDM). */
        .globl loader_trampoline_park
loader_trampoline_park:
        movq $1, (%rcx)
8:      mov (%rsi), %rax
        test %rax, %rax
        jnz 9f
        pause
        jmp 8b
9:      mov %rdx, %rsp
        pushq $0
        push %rax
        xor %eax, %eax
        xor %ebx, %ebx
        xor %ecx, %ecx
        xor %edx, %edx
        xor %esi, %esi
        xor %ebp, %ebp
        xor %r8d, %r8d
        xor %r9d, %r9d
        xor %r10d, %r10d
        xor %r11d, %r11d
        xor %r12d, %r12d
        xor %r13d, %r13d
        xor %r14d, %r14d
        xor %r15d, %r15d
        ret                             /* to goto_address with RDI = its smp_info */

        .balign 8
        .globl loader_trampoline_params
loader_trampoline_params:
tp:
        .skip TP_SIZE
        .globl loader_trampoline_end
loader_trampoline_end:

/* ---------------------------------------------------------------- data */

        .section .rodata
bad_magic_message:
        .asciz "jos-loader: error: not entered by a multiboot2 boot loader (EAX is not 0x36d76289)\r\n"

        .data
        .balign 16
boot_gdt:
        .quad 0
        .quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
        .quad 0x00cf92000000ffff        /* 0x10: data */
boot_gdt_end:
boot_gdtr:
        .short boot_gdt_end - boot_gdt - 1
        .long boot_gdt

        .bss
        .balign 4096
boot_pml4:
        .skip 0x1000
boot_pdpt:
        .skip 0x1000
boot_pd:
        .skip 0x4000
        .balign 16
boot_stack:
        .skip BOOT_STACK_SIZE
boot_stack_top:
        .balign 4096
        .globl loader_scratch
loader_scratch:
        .skip LOADER_SCRATCH_SIZE

        .section .note.GNU-stack, "", @progbits
