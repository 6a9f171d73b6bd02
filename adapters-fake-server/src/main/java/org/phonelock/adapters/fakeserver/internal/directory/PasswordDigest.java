package org.phonelock.adapters.fakeserver.internal.directory;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A password kept only as the SHA-256 digest of its UTF-8 bytes, compared in constant time
 * (api-contract.md, "Authentication": "compare secrets in constant time"). Comparing fixed-length
 * digests with {@link MessageDigest#isEqual} takes the same time whatever the password's length
 * or how many leading characters are right. {@link #toString()} shows nothing of the secret.
 */
public final class PasswordDigest {
  private final byte[] digest;

  private PasswordDigest(byte[] digest) {
    this.digest = digest;
  }

  /**
   * Digests a password.
   *
   * @param password any text; credentials are UTF-8 (api-contract.md, "Authentication")
   * @return its digest
   */
  public static PasswordDigest of(String password) {
    return new PasswordDigest(sha256(password.getBytes(UTF_8)));
  }

  /**
   * A digest that no password is known to match, compared against when the claimed user is
   * unknown or cannot log in, so that such a caller costs the same time as a wrong password.
   *
   * @return a digest of random bytes
   */
  public static PasswordDigest unguessable() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return new PasswordDigest(sha256(random));
  }

  /**
   * Tells whether {@code candidate} is the password, in time independent of the candidate.
   *
   * @param candidate the password a caller sent
   * @return true when the digests are equal
   */
  public boolean matches(String candidate) {
    return MessageDigest.isEqual(digest, sha256(candidate.getBytes(UTF_8)));
  }

  /**
   * Hides the secret.
   *
   * @return {@code <password digest>}
   */
  @Override
  public String toString() {
    return "<password digest>";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
