package org.appwatch.crawler.store.fdroid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FdroidIndexV2ReaderTest {

  private static List<FdroidPackage> read(InputStream in) throws Exception {
    List<FdroidPackage> out = new ArrayList<>();
    new FdroidIndexV2Reader().read(in, out::add);
    return out;
  }

  @Test
  void readsTheNewestVersionOfEachPackageWithVersions() throws Exception {
    List<FdroidPackage> packages;
    try (InputStream in = getClass().getResourceAsStream("/listings/fdroid/index-v2.json")) {
      packages = read(in);
    }
    assertEquals(2, packages.size(), "the package without versions is skipped");

    FdroidPackage maps = packages.get(0);
    assertEquals("org.example.maps", maps.packageName());
    assertEquals("Maps", maps.name(), "en-US is preferred over other locales");
    assertEquals(42, maps.versionCode());
    assertEquals("4.2", maps.versionName());
    assertEquals("org.example.maps_42.apk", maps.apkPath());
    assertEquals("2".repeat(64), maps.apkSha256());
    assertEquals(5_200_000, maps.apkSize());
    assertEquals(21, maps.minSdk());
    assertEquals(34, maps.targetSdk());
    assertEquals("a".repeat(64), maps.signerSha256());
    assertEquals(
        List.of(
            "android.permission.INTERNET",
            "android.permission.ACCESS_FINE_LOCATION",
            "android.permission.WRITE_EXTERNAL_STORAGE",
            "android.permission.ACCESS_BACKGROUND_LOCATION"),
        maps.permissions());

    FdroidPackage notes = packages.get(1);
    assertEquals("笔记", notes.name(), "any locale when en-US is missing");
    assertEquals(List.of(), notes.permissions());
    assertNull(notes.signerSha256());
    assertEquals(22, notes.targetSdk());
  }

  @Test
  void rejectsDocumentsThatAreNotAnIndex() {
    FdroidIndexException e =
        assertThrows(
            FdroidIndexException.class,
            () ->
                read(new ByteArrayInputStream("{\"apps\": []}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("packages"), e.getMessage());
    assertThrows(
        FdroidIndexException.class,
        () -> read(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8))));
  }
}
