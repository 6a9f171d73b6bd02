/**
 * The pure Phone Lock model: {@link org.phonelock.domain.PhoneLine phone lines}, {@link
 * org.phonelock.domain.ImagicleUser Imagicle users}, {@link org.phonelock.domain.Filter filters},
 * {@link org.phonelock.domain.Permission permissions} and the {@link
 * org.phonelock.domain.Visibility visibility} rules of the vendor page ("Required permissions")
 * and of {@code docs/api-contract.md}. Depends on the JDK and Guava only.
 */
package org.phonelock.domain;
