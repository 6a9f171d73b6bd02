package org.phonelock.adapters.fakeserver.reliability;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates requests a fake Phone Lock server may meet: every method, the two endpoints in any
 * case and near misses, query strings of any names, values and escapes, any headers and
 * credentials, and oversize parts of 100 KB.
 */
final class RawRequests {
  static final String LOCK = "/fw/Apps/StoneLock/WebAPI/Phones/Lock";
  static final String UNLOCK = "/fw/Apps/StoneLock/WebAPI/Phones/Unlock";
  static final int OVERSIZE = 100 * 1024;
  private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

  private RawRequests() {}

  static Arbitrary<RawRequest> requests() {
    return Combinators.combine(methods(), paths(), queries(), credentials(), extraHeaders(),
        bodies()).as((method, path, query, authorization, extra, body) -> {
          List<Map.Entry<String, String>> headers = new ArrayList<>();
          headers.add(Map.entry("Host", "127.0.0.1"));
          headers.add(Map.entry("Connection", "close"));
          authorization.forEach(value -> headers.add(Map.entry("Authorization", value)));
          headers.addAll(extra);
          headers.addAll(body.get1());
          byte[] target = (path + query).getBytes(ISO_8859_1);
          return new RawRequest(method, target, headers, body.get2());
        });
  }

  static Arbitrary<String> methods() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just("PUT")),
        Tuple.of(4, Arbitraries.of("GET", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE",
            "CONNECT", "put", "Put", "PUT2")),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars(TOKEN_CHARS)
            .ofMinLength(1).ofMaxLength(12)));
  }

  static Arbitrary<String> paths() {
    Arbitrary<String> endpoint = Arbitraries.of(LOCK, UNLOCK);
    return Arbitraries.frequencyOf(
        Tuple.of(6, endpoint),
        Tuple.of(3, endpoint.flatMap(RawRequests::caseVariant)),
        Tuple.of(4, endpoint.flatMap(RawRequests::nearMiss)),
        Tuple.of(2, Arbitraries.of("/", "*", "/__fake/lines", "/__fake/journal", "/__fake/faults",
            "/__fake/reset", "/__fake/openapi.yaml", "/__fake/directory", "/__fake/",
            "/__FAKE/lines", "/__fake",
            "http://127.0.0.1" + LOCK, "//fw/Apps/StoneLock/WebAPI/Phones/Lock", "/fw/../" + LOCK,
            LOCK + "/../Unlock", LOCK.replace("/", "\\"))),
        Tuple.of(2, Arbitraries.strings().withChars("/%.;+=@:~-_").alpha().numeric()
            .withCharRange('\u00a0', '\u00ff').ofMaxLength(60).map(s -> "/" + s)),
        Tuple.of(1, endpoint.map(path -> path + "/" + "a".repeat(OVERSIZE))));
  }

  private static Arbitrary<String> caseVariant(String path) {
    return Arbitraries.longs().map(seed -> {
      StringBuilder variant = new StringBuilder();
      for (int i = 0; i < path.length(); i++) {
        char c = path.charAt(i);
        variant.append(((seed >>> (i % 64)) & 1) == 0 ? Character.toUpperCase(c)
            : Character.toLowerCase(c));
      }
      return variant.toString();
    });
  }

  private static Arbitrary<String> nearMiss(String path) {
    Arbitrary<Integer> index = Arbitraries.integers().between(1, path.length() - 1);
    return Arbitraries.oneOf(
        Arbitraries.of("/", "x", "/..", "/.", "%2F", ";a=1", "%00", "%20", "%zz", "%", "%4", "%C3",
            "%E2%82", "\u00e9", "%u0041").map(suffix -> path + suffix),
        index.map(i -> path.substring(0, i) + path.substring(i + 1)),
        index.map(i -> path.substring(0, i) + "%" + hex(path.charAt(i)) + path.substring(i + 1)),
        index.map(i -> path.substring(0, i) + "/" + path.substring(i)));
  }

  static Arbitrary<String> queries() {
    Arbitrary<String> parameter = Combinators.combine(names(), values(), Arbitraries.integers()
            .between(0, 2))
        .as((name, value, form) -> form == 0 ? name : form == 1 ? name + "=" + value : name + "=");
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("?", "?&", "?=", "?&&=&")),
        Tuple.of(4, Arbitraries.of("?department=Legal", "?DEPARTMENT=legal",
            "?department=R%26D&customField1=Milano+HQ", "?customField2=Floor%204",
            "?department=Sales%20%26%20Marketing")),
        Tuple.of(8, parameter.list().ofMinSize(1).ofMaxSize(5).map(p -> "?" + String.join("&", p))),
        Tuple.of(1, Arbitraries.just("?department=" + "x".repeat(OVERSIZE))));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of("department", "customField1", "customField10", "customField11",
            "customField0", "DEPARTMENT", "CustomField3", "dep%61rtment", "department%00",
            "bogus", "", "%zz", "depart+ment")),
        Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars("%+-_.").ofMaxLength(15)));
  }

  private static Arbitrary<String> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().ofMaxLength(20).map(RawRequests::percentEncode)),
        Tuple.of(2, Arbitraries.of("Legal", "R%26D", "Sales+%26+Marketing", "IT", "%", "%z",
            "%zz", "%C3", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "+", "a=b", "%2B", "%25")),
        Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').withCharRange('\u0080', '\u00ff')
            .ofMaxLength(20).map(s -> s.replace("&", "").replace("#", "").replace(" ", ""))));
  }

  static Arbitrary<List<String>> credentials() {
    Arbitrary<String> valid = Arbitraries.of(
        basic("admin", "admin-demo-pw"), basic("lock-manager", "complete-demo-pw"),
        basic("rd-manager", "rd-demo-pw"), "basic "
            + Base64.getEncoder().encodeToString("ADMIN:admin-demo-pw".getBytes(UTF_8)));
    Arbitrary<String> forbidden = Arbitraries.of(basic("no-rights", "none-demo-pw"),
        basic("orphan-manager", "orphan-demo-pw"));
    Arbitrary<String> refused = Arbitraries.of(basic("admin", "wrong"),
        basic("nobody", "x"), basic("", ""), "Basic", "Basic ", "Basic ====", "Bearer abc",
        "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':'}));
    Arbitrary<String> garbage = Arbitraries.strings().withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u00ff').ofMaxLength(80);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(List.<String>of())),
        Tuple.of(8, valid.map(List::of)),
        Tuple.of(2, forbidden.map(List::of)),
        Tuple.of(3, refused.map(List::of)),
        Tuple.of(1, garbage.map(g -> List.of("Basic " + g))),
        Tuple.of(1, Arbitraries.just(List.of("Basic " + "QUFB".repeat(OVERSIZE / 4)))),
        Tuple.of(1, Arbitraries.just(
            List.of(basic("admin", "admin-demo-pw"), basic("no-rights", "none-demo-pw")))));
  }

  static Arbitrary<List<Map.Entry<String, String>>> extraHeaders() {
    Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars(TOKEN_CHARS)
        .ofMinLength(1).ofMaxLength(20)
        .filter(n -> !n.equalsIgnoreCase("content-length")
            && !n.equalsIgnoreCase("transfer-encoding"));
    Arbitrary<String> value = Arbitraries.strings().withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u00ff').ofMaxLength(200);
    Arbitrary<Map.Entry<String, String>> header = Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(name, value).as(Map::entry)),
        Tuple.of(2, Arbitraries.of(Map.entry("Expect", "100-continue"),
            Map.entry("Connection", "keep-alive"), Map.entry("Connection", "Upgrade"),
            Map.entry("Upgrade", "h2c"), Map.entry("Host", "other.example"),
            Map.entry("Accept", "*/*"), Map.entry("Content-Type", "application/json"))),
        Tuple.of(1, Arbitraries.just(Map.entry("X-Big", "b".repeat(OVERSIZE)))));
    return header.list().ofMaxSize(4);
  }

  /** The framing headers and the body bytes, always as long as they say. */
  static Arbitrary<Tuple.Tuple2<List<Map.Entry<String, String>>, byte[]>> bodies() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Tuple.of(List.of(), new byte[0]))),
        Tuple.of(2, bytes.map(b -> Tuple.of(
            List.of(Map.entry("Content-Length", Integer.toString(b.length))), b))),
        Tuple.of(1, bytes.map(b -> Tuple.of(
            List.of(Map.entry("Transfer-Encoding", "chunked")), chunked(b)))),
        Tuple.of(1, Arbitraries.of("-1", "abc", "1e3", "99999999999999999999", "")
            .map(v -> Tuple.of(List.of(Map.entry("Content-Length", v)), new byte[0]))));
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (body.length > 0) {
      out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(ISO_8859_1));
      out.writeBytes(body);
      out.writeBytes("\r\n".getBytes(ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(ISO_8859_1));
    return out.toByteArray();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
  }

  private static String percentEncode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(UTF_8)) {
      out.append('%').append(hex((char) (b & 0xff)));
    }
    return out.toString();
  }

  private static String hex(char c) {
    return String.format("%02X", (int) c);
  }
}
