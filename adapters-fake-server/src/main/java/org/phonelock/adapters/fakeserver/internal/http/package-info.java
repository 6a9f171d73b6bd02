/**
 * Internal, not part of the API (it may change in any release): the HTTP side on Jetty: routing,
 * the Phone Lock endpoints, the admin API and console, error replies. Test authors use the types
 * of {@code org.phonelock.adapters.fakeserver} and its {@code junit} package.
 */
package org.phonelock.adapters.fakeserver.internal.http;
