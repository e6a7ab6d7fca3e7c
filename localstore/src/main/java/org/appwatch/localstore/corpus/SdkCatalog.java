package org.appwatch.localstore.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;

/** The catalogue of embeddable SDKs ({@code sdks.yaml} on the class path), immutable. */
public final class SdkCatalog {

  private static final SdkCatalog BUILT_IN = load();

  private final List<Sdk> sdks;

  private SdkCatalog(List<Sdk> sdks) {
    this.sdks = List.copyOf(sdks);
  }

  /** The catalogue shipped with the module. */
  public static SdkCatalog builtIn() {
    return BUILT_IN;
  }

  public List<Sdk> all() {
    return sdks;
  }

  /** The SDK with this id; throws IllegalArgumentException for an unknown id. */
  public Sdk byId(String id) {
    return sdks.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown SDK " + id));
  }

  /** Draws one SDK by weight, tripling the weight of SDKs that favour {@code category}. */
  Sdk draw(SplittableRandom rng, Category category) {
    int total = 0;
    for (Sdk s : sdks) {
      total += weight(s, category);
    }
    int r = rng.nextInt(total);
    for (Sdk s : sdks) {
      r -= weight(s, category);
      if (r < 0) {
        return s;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static int weight(Sdk s, Category category) {
    return s.categories().contains(category.id()) ? s.weight() * 3 : s.weight();
  }

  private record File(List<Sdk> sdks) {}

  private static SdkCatalog load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = SdkCatalog.class.getResourceAsStream("sdks.yaml")) {
      if (in == null) {
        throw new IllegalStateException("sdks.yaml missing from the class path");
      }
      return new SdkCatalog(yaml.readValue(in, File.class).sdks());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
