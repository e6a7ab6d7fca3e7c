package org.appwatch.scoring.policy;

import java.text.Normalizer;
import java.util.Locale;
import org.appwatch.scoring.sdk.SdkKeys;

/**
 * The key of an SDK named in a policy: 友盟统计, Umeng U-App and com.umeng.analytics all give {@code
 * exodus-119}, the id in the APK analyser's SDK catalogue, through the table the rules use as well
 * ({@link SdkKeys}). Traditional Chinese names are folded to Simplified first. Thread-safe.
 */
public final class SdkNames {

  private SdkNames() {}

  /** The SDK's key: a catalogue id, or "name:" and the normalised name; "" for a blank name. */
  public static String key(String name) {
    return SdkKeys.standard().key(fold(name));
  }

  /** {@link SdkKeys#normalise} after folding Traditional Chinese to Simplified. */
  public static String normalise(String name) {
    return SdkKeys.normalise(fold(name));
  }

  private static String fold(String name) {
    return ScriptFold.fold(
        Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }
}
