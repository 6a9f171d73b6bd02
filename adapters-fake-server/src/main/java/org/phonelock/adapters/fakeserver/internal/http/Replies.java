package org.phonelock.adapters.fakeserver.internal.http;

import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;

/**
 * The error replies of the fake server (api-contract.md, "Responses": 400 bad filter, 401
 * authentication, 403 permission, 404 unknown path, 405 wrong method; JSON bodies, no stack
 * traces, no credentials).
 */
final class Replies {
  private Replies() {}

  public static Reply notFound(String path) {
    return Reply.error(404, "not_found", "no such endpoint: " + path + "; the Phone Lock"
        + " endpoints are PUT /fw/Apps/StoneLock/WebAPI/Phones/Lock and .../Phones/Unlock,"
        + " written as such (any case), without %2F, dot or empty segments or a trailing '/'");
  }

  public static Reply methodNotAllowed(String method, String allowed) {
    return Reply.error(405, "method_not_allowed",
            "method " + method + " is not allowed here; use " + allowed)
        .withHeader("Allow", allowed);
  }

  /** One reply for every failure, so a caller cannot tell an unknown user from a bad password. */
  public static Reply unauthorized() {
    return Reply.error(401, "unauthorized", "authentication failed: send HTTP Basic credentials"
            + " (UTF-8) of a directory user that has a password")
        .withHeader("WWW-Authenticate", PhoneLockEndpoint.CHALLENGE);
  }

  public static Reply forbidden(ImagicleUser caller) {
    String why = caller.permission() == Permission.MANAGE_DEPARTMENT_USER
        ? "has the Phone Lock \"Manage Department User\" permission but no department"
        : "has no Phone Lock permission";
    return Reply.error(403, "forbidden", "user '" + caller.username() + "' " + why + "; Imagicle"
        + " Admin, Phone Lock \"Complete Management\" or \"Manage Department User\" with a"
        + " department is required");
  }

  public static Reply badFilter(String message) {
    return Reply.error(400, "invalid_filter", message);
  }

  /** The reply of an injected status fault (an error status): a JSON error body. */
  public static Reply injected(Fault.Status fault) {
    int status = fault.status();
    Reply reply = Reply.error(status, "injected_fault", "status " + status + " injected by the"
        + " fake server (POST /__fake/faults or FakePhoneLockServer.injectFault)");
    return fault.retryAfterSeconds().isPresent()
        ? reply.withHeader("Retry-After", Long.toString(fault.retryAfterSeconds().getAsLong()))
        : reply;
  }

  /**
   * The answer to a request the HTTP parser refused (not a Phone Lock rule: HTTP/1.1 itself, RFC
   * 9112, section 2.2 and 3).
   *
   * @param status 400, or 414, 431, 505 for a target, header or major version the parser refused
   * @param reason the parser's reason, e.g. "Illegal character", or null
   */
  public static Reply malformed(int status, String reason) {
    String what = switch (status) {
      case 414 -> "the request target is too long: the request line may take at most "
          + HttpListener.MAX_HEADER_BYTES + " bytes";
      case 431 -> "the request header is too large: the request line and header fields may take"
          + " at most " + HttpListener.MAX_HEADER_BYTES + " bytes together";
      case 505 -> "the HTTP version is not supported";
      default -> "the request is not a well-formed HTTP/1.1 request";
    };
    // The parser's reasons are its own fixed words (RequestLineCheck's included, which name a
    // version only when it is printable); cut and kept printable all the same.
    String why = reason == null ? "" : " (" + reason.replaceAll("[^\\x20-\\x7E]", "?")
        .substring(0, Math.min(reason.length(), 200)) + ")";
    return Reply.error(status, "bad_request", what + why
        + "; send an HTTP/1.1 request line and header fields, each line ending in CR LF, over"
        + " plain HTTP (this port does not speak TLS)");
  }

  public static Reply internalError() {
    return Reply.error(500, "internal_error", "the fake server failed; see its log");
  }
}
