/**
 * Internal, not part of the API (it may change in any release): reading and indexing the user
 * directory CSV (api-contract.md, "The user directory"). Test authors use the types of {@code
 * org.phonelock.adapters.fakeserver} and its {@code junit} package.
 */
package org.phonelock.adapters.fakeserver.internal.directory;
