/**
 * {@code scripts/os flash}: writes the image to a USB stick. {@link jos.runner.flash.FlashTarget} refuses
 * what must not be written (not a block device, a partition, the running system's disk, a mounted disk, a
 * fixed disk without {@code --force}), deciding from a {@link jos.runner.flash.HostView} of
 * {@code /proc/mounts} and {@code /sys} that tests replace; {@link jos.runner.flash.ImageWriter} writes,
 * syncs, drops the cached copy and reads the device back to compare SHA-256 hashes.
 */
package jos.runner.flash;
