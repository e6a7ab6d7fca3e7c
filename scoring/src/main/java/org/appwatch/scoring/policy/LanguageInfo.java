package org.appwatch.scoring.policy;

/**
 * Language and script of a policy text.
 *
 * @param language BCP-47 primary tag: "zh", "en", or "und" when neither Han nor Latin text
 *     dominates
 * @param script ISO 15924: "Hans" (Simplified), "Hant" (Traditional), "Hani" (Han text without
 *     script-distinguishing characters), "Latn", or "Zyyy" when undetermined
 * @param hanChars Han characters in the text
 * @param latinLetters Latin letters in the text
 * @param simplifiedMarks occurrences of characters that exist only in Simplified Chinese
 * @param traditionalMarks occurrences of characters that exist only in Traditional Chinese
 */
public record LanguageInfo(
    String language,
    String script,
    int hanChars,
    int latinLetters,
    int simplifiedMarks,
    int traditionalMarks) {

  /** True when the text is Chinese in Simplified script, which M1.4 asks for. */
  public boolean simplifiedChinese() {
    return script.equals("Hans");
  }
}
