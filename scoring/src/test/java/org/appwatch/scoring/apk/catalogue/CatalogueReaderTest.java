package org.appwatch.scoring.apk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming reader gives what data binding gives, and refuses what it does not know. */
class CatalogueReaderTest {
  @Test
  void streamingReadEqualsDataBindingOfThePinnedCatalogue() throws IOException {
    SdkCatalogue bound;
    try (InputStream in = SdkCatalogue.class.getResourceAsStream(SdkCatalogue.RESOURCE)) {
      bound = new ObjectMapper().readValue(in, SdkCatalogue.class);
    }
    SdkCatalogue streamed = SdkCatalogue.pinned();
    assertEquals(1037, streamed.sdks().size());
    assertEquals(bound, streamed);
  }

  @Test
  void everyRegexOfThePinnedCatalogueCompiles() {
    // Regexes are compiled lazily at detection time, so a bad one must be caught here.
    long n =
        SdkCatalogue.pinned().sdks().stream()
            .flatMap(
                e ->
                    Stream.of(e.classPatterns(), e.componentPatterns(), e.nativeLibPatterns())
                        .flatMap(l -> l.stream()))
            .peek(Pattern::compile)
            .count();
    assertTrue(n > 600, n + " regexes");
  }

  @Test
  void anUnknownEntryFieldIsRefusedWithItsName() {
    String json = "{\"sources\":{},\"sdks\":[{\"id\":\"x\",\"name\":\"X\",\"clasPatterns\":[]}]}";
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                CatalogueReader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("clasPatterns"), e.getMessage());
  }

  @Test
  void aListThatIsNotAListIsRefused() {
    String json = "{\"sdks\":[{\"id\":\"x\",\"categories\":\"ads\"}]}";
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                CatalogueReader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("expected START_ARRAY"), e.getMessage());
  }
}
