/**
 * Physical memory as the loader sees it: ranges with Limine memory types ({@link
 * jos.loader.memory.MemoryMapEntry}), the bump allocator that hands out loader memory below 4 GiB,
 * the builder of the final Limine memory map, and the 4-level page-table builder.
 */
package jos.loader.memory;
