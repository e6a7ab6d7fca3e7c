package org.appwatch.scoring.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A policy prepared for analysis: the normalised text (blocks joined by '\n', each block NFC and
 * whitespace-normalised by {@link TextNormalizer}), its SHA-256, its sections and sentences with
 * offsets into {@link #text()}, and its language and script. Immutable; build with {@link
 * #of(String, List)}.
 */
public record PolicyText(
    String sourceName,
    String text,
    String sha256,
    LanguageInfo language,
    List<Section> sections,
    List<Sentence> sentences) {

  /** Prepares blocks in reading order; blocks that normalise to nothing are dropped. */
  public static PolicyText of(String sourceName, List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    List<Section> sections = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    String heading = "";
    int sectionStart = 0;
    for (Block raw : blocks) {
      String block = TextNormalizer.block(raw.text());
      if (block.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      int offset = text.length();
      if (raw.kind() == Block.Kind.HEADING) {
        if (offset > 0 || !heading.isEmpty()) {
          sections.add(new Section(sections.size(), heading, sectionStart, offset));
        }
        heading = block;
        sectionStart = offset;
      }
      text.append(block);
      for (int[] span : SentenceSplitter.split(block, raw.kind())) {
        sentences.add(
            new Sentence(
                sentences.size(),
                offset + span[0],
                offset + span[1],
                block.substring(span[0], span[1]),
                sections.size(),
                heading,
                raw.kind()));
      }
    }
    sections.add(new Section(sections.size(), heading, sectionStart, text.length()));
    String normalised = text.toString();
    return new PolicyText(
        sourceName,
        normalised,
        sha256(normalised),
        ScriptDetector.detect(normalised),
        List.copyOf(sections),
        List.copyOf(sentences));
  }

  /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
