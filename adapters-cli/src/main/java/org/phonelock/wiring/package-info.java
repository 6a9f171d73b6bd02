/**
 * The composition root: Dagger wires the picocli commands to the HTTP client adapter and the fake
 * server adapter. The only package allowed to see every module (ArchUnit checks this).
 */
package org.phonelock.wiring;
