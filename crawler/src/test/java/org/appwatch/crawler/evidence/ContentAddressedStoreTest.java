package org.appwatch.crawler.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentAddressedStoreTest {

  private static final String DIGEST = "ab" + "c".repeat(62);

  @TempDir Path root;

  @Test
  void filesLiveUnderTheirDigestAndAreKeptOnce() throws Exception {
    ContentAddressedStore store = new ContentAddressedStore(root, ".apk");
    assertEquals(root.resolve("ab").resolve(DIGEST + ".apk"), store.pathOf(DIGEST.toUpperCase()));

    Path first = store.newTemporaryFile();
    Files.writeString(first, "first");
    store.adopt(first, DIGEST);
    Path second = store.newTemporaryFile();
    Files.writeString(second, "second");
    store.adopt(second, DIGEST);

    assertTrue(store.contains(DIGEST));
    assertEquals("first", Files.readString(store.pathOf(DIGEST)), "the stored copy is kept");
    assertFalse(Files.exists(second), "the duplicate download is removed");
  }

  @Test
  void refusesAnythingButADigest() {
    ContentAddressedStore store = new ContentAddressedStore(root, ".apk");
    assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.pathOf("abc"));
  }
}
