/** Delays for the AP start-up sequence, measured with the legacy PIT. */
package jos.loader.time;
