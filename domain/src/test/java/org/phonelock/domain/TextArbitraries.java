package org.phonelock.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of arbitrary text for property tests: weighted towards characters whose case
 * mappings are irregular and towards surrogates, which uniform generation almost never hits.
 */
final class TextArbitraries {
  /**
   * BMP characters with irregular case mappings: ß/ẞ, long s, Kelvin and Ohm and Angstrom signs,
   * Turkish dotted/dotless i, final sigma, Greek symbol variants, titlecase digraphs, Georgian
   * (Mkhedruli/Mtavruli/Asomtavruli), Cyrillic (including palochka), ẛ.
   */
  static final String TRICKY_BMP =
      "aAsSſßẞkKKiIİıσΣςµμΜιΙ\u0345\u1FBEθΘϑϴΩωΩǄǅǆÿŸåÅÅ"
          + "\u10A0\u2D00\u1C90\u10D0ЁёЯяДдӀӏ\u1E60\u1E61\u1E9B";

  /** Supplementary letters that have case pairs: Deseret, Osage, Adlam. */
  static final int[] TRICKY_SUPPLEMENTARY = {0x10400, 0x10428, 0x104B0, 0x104D8, 0x1E900, 0x1E922};

  private TextArbitraries() {}

  /** BMP code points, surrogates excluded. */
  static Arbitrary<Integer> bmpCodePoints() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(TRICKY_BMP.chars().boxed().collect(Collectors.toList()))),
        Tuple.of(1, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(1, Arbitraries.integers().between(0, 0xFFFF).filter(cp -> !isSurrogate(cp))));
  }

  /** Any Unicode scalar value, BMP and supplementary, never a surrogate. */
  static Arbitrary<Integer> scalarValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, bmpCodePoints()),
        Tuple.of(1, Arbitraries.of(IntStream.of(TRICKY_SUPPLEMENTARY).boxed().toList())),
        Tuple.of(1, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)));
  }

  /** Well-formed UTF-16 text (every surrogate paired), possibly empty. */
  static Arbitrary<String> wellFormedText() {
    return wellFormedText(0, 8);
  }

  /** Well-formed UTF-16 text of {@code minCodePoints} to {@code maxCodePoints} code points. */
  static Arbitrary<String> wellFormedText(int minCodePoints, int maxCodePoints) {
    return scalarValues()
        .list()
        .ofMinSize(minCodePoints)
        .ofMaxSize(maxCodePoints)
        .map(TextArbitraries::fromCodePoints);
  }

  /** Any UTF-16 text: surrogates appear often, paired or not. */
  static Arbitrary<String> anyUtf16Text() {
    Arbitrary<Character> units =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF')),
            Tuple.of(2, Arbitraries.of('\uD83D', '\uDE00', '\uD801', '\uDC00')),
            Tuple.of(2, Arbitraries.chars().with(TRICKY_BMP.toCharArray())),
            Tuple.of(1, Arbitraries.chars().all()));
    return units.list().ofMaxSize(8).map(TextArbitraries::fromChars);
  }

  /** Text without supplementary characters; unpaired surrogates may appear. */
  static Arbitrary<String> bmpOnlyText() {
    return anyUtf16Text().filter(s -> s.codePoints().allMatch(cp -> cp <= 0xFFFF));
  }

  /**
   * A random case variant of {@code text}: each code point replaced by itself, one of its simple
   * case mappings or a tricky character matching it under the contract; UTF-16 length is kept.
   * Upper and title case mappings are offered on purpose: they may match (A for a) or not (I
   * for ı).
   */
  static String caseVariant(String text, Random random) {
    StringBuilder variant = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> variant.appendCodePoint(pick(caseCandidates(cp), random)));
    return variant.toString();
  }

  private static List<Integer> caseCandidates(int cp) {
    List<Integer> candidates = new ArrayList<>();
    candidates.add(cp);
    candidates.add(Character.toUpperCase(cp));
    candidates.add(Character.toLowerCase(cp));
    candidates.add(Character.toTitleCase(cp));
    String self = Character.toString(cp);
    IntStream.concat(TRICKY_BMP.chars(), IntStream.of(TRICKY_SUPPLEMENTARY))
        .filter(other -> contractMatches(Character.toString(other), self))
        .forEach(candidates::add);
    candidates.removeIf(other -> Character.charCount(other) != Character.charCount(cp));
    return candidates;
  }

  /**
   * The contract's comparison, written independently of {@link Text#caseKey} as the test oracle:
   * each code point lowercased on its own by {@code String.toLowerCase(Locale.ROOT)} (the full
   * default mapping; no context, no language rules), then compared exactly (api-contract.md,
   * "Filters").
   */
  static boolean contractMatches(String a, String b) {
    return lowercasePerCodePoint(a).equals(lowercasePerCodePoint(b));
  }

  static String lowercasePerCodePoint(String text) {
    StringBuilder lower = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String one = new String(Character.toChars(cp));
      lower.append(isSurrogate(cp) ? one : one.toLowerCase(java.util.Locale.ROOT));
      i += Character.charCount(cp);
    }
    return lower.toString();
  }

  private static int pick(List<Integer> candidates, Random random) {
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static boolean isSurrogate(int cp) {
    return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  private static String fromChars(List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }
}
