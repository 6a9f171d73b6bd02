/**
 * The Phone Lock use cases: {@link org.phonelock.application.port.in.LockPhones} and {@link
 * org.phonelock.application.port.in.UnlockPhones}, sending through the outgoing port {@link
 * org.phonelock.application.port.out.ApplyPhoneLockPort}. Depends on the domain, the JDK, Guava
 * and {@code jakarta.inject} only.
 */
package org.phonelock.application;
