/** The kernel's early console: the COM1 serial port, and formatting without allocation. */
package jos.kernel.console;
