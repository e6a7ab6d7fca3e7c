package org.appwatch.scoring.policy;

/**
 * Which language-specific cue patterns apply to a sentence: Chinese ones when it holds a Han
 * character, English ones when Latin letters make up at least half of its letters (a Chinese
 * sentence naming "Android ID" or an SDK is not English). Both can hold.
 */
record SentenceLanguage(boolean chinese, boolean english) {

  static SentenceLanguage of(String text) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (c >= 0x3400 && ScriptDetector.isHan(c)) {
        han++;
      }
    }
    return new SentenceLanguage(han > 0, latin > 0 && latin >= 2 * han);
  }
}
