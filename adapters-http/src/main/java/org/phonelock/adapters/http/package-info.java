/**
 * The Jersey client adapter of the Phone Lock REST API: {@link
 * org.phonelock.adapters.http.PhoneLockClient} composes the application's use cases with an
 * outgoing port ({@link org.phonelock.application.port.out.ApplyPhoneLockPort}) that sends {@code
 * PUT /fw/Apps/StoneLock/WebAPI/Phones/Lock} or {@code .../Unlock} (vendor page, "EndPoints") with
 * preemptive UTF-8 Basic authentication and percent-encoded filters (api-contract.md,
 * "Authentication" and "Filters"); {@link org.phonelock.adapters.http.RequestPreview} is what
 * {@code --dry-run} shows. Everything else in this package is package-private.
 */
package org.phonelock.adapters.http;
