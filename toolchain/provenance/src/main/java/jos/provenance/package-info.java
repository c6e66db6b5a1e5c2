/**
 * Provenance check: finds code our sources share with the JDK's own sources.
 *
 * <p>Both sides are reduced to the tokens of method bodies and initialisers (comments, whitespace,
 * literal texts and declarations dropped: implementing the same API forces the same signatures, not the
 * same code), and every file of ours is compared with every JDK source that shares a run of tokens with
 * it. A file fails when its longest identical run is longer than independently written code reaches.
 */
package jos.provenance;
