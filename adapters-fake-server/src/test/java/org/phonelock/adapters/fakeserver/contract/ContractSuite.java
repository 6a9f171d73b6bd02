package org.phonelock.adapters.fakeserver.contract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the contract suite: the vendor-visible behaviour of api-contract.md, checked over HTTP
 * against the server {@code PHONELOCK_CONTRACT_*} variables name, or an embedded fake without
 * them. Every request that could act carries the configured filter, so that even a server that
 * ignored a bad parameter would touch test users only; the suite leaves them unlocked.
 */
abstract class ContractSuite {
  static ContractTarget target;
  static ContractSettings settings;
  static ContractClient http;

  @BeforeAll
  static void openTarget() throws Exception {
    target = ContractTarget.open();
    settings = target.settings();
    http = new ContractClient(settings);
  }

  @AfterAll
  static void closeTarget() {
    target.close();
  }

  /** The configured filter, as a query without {@code ?}. */
  static String filter() {
    return settings.filter();
  }

  /** {@code filter & name=value}, the value percent-encoded as UTF-8 with {@code %20} spaces. */
  static String filterAnd(String name, String value) {
    return filter() + "&" + name + "=" + encode(value);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, UTF_8).replace("+", "%20");
  }
}
