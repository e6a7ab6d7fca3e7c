package org.appwatch.scoring.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pinned tables' rows read by streaming, and what is refused. */
class FlatJsonRowsTest {
  @Test
  void readsRowsOfTheNamedArrayAndSkipsOtherFields() throws IOException {
    List<Map<String, Object>> rows =
        FlatJsonRows.read(
            in(
                "{\"sources\":{\"a\":[1,{\"b\":2}]},\"rows\":[{\"name\":\"x\",\"group\":null,"
                    + "\"kinds\":[\"k1\",\"k2\"],\"addedInApi\":31}]}"),
            "rows");
    assertEquals(1, rows.size());
    assertEquals("x", rows.get(0).get("name"));
    assertNull(rows.get(0).get("group"));
    assertTrue(rows.get(0).containsKey("group"));
    assertEquals(List.of("k1", "k2"), rows.get(0).get("kinds"));
    assertEquals("31", rows.get(0).get("addedInApi"));
  }

  @Test
  void aNestedObjectInARowIsRefusedWithTheField() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> FlatJsonRows.read(in("{\"rows\":[{\"name\":{\"x\":1}}]}"), "rows"));
    assertTrue(e.getMessage().contains("\"name\""), e.getMessage());
  }

  @Test
  void aMissingArrayIsRefused() {
    IOException e =
        assertThrows(IOException.class, () -> FlatJsonRows.read(in("{\"other\":[]}"), "rows"));
    assertTrue(e.getMessage().contains("no array field \"rows\""), e.getMessage());
  }

  @Test
  void thePinnedPermissionTableKeepsItsGroupsAndLevels() {
    PermissionFacts camera = PermissionTable.pinned().facts("android.permission.CAMERA");
    assertEquals("dangerous|instant", camera.protectionLevel());
    assertEquals(List.of("camera"), camera.kinds());
    assertEquals("android.permission-group.CAMERA", camera.group());
    assertNull(PermissionTable.pinned().facts("android.permission.INTERNET").group());
  }

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
