/**
 * The loader's link of the signed boot chain: the kernel file is checked against the owner's key that
 * the runner patched into the loader's own image (jos.sign.OwnerKey) before anything of it is trusted.
 */
package jos.loader.sign;
