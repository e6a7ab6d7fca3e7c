package org.appwatch.localstore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.Fetch;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.StoreId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FdroidRepoTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LocalStore store;
  private static byte[] index;

  @BeforeAll
  static void start() throws Exception {
    store = LocalStore.start(new StoreConfig(120, 7L, 0, 0, Behaviour.none()));
    index = Fetch.ok(store.fdroidRepo().resolve("index-v2.json"));
  }

  @AfterAll
  static void stop() {
    store.close();
  }

  @Test
  void indexV2ListsEveryFdroidAppWithItsServedApk() throws Exception {
    JsonNode root = JSON.readTree(index);
    assertEquals(store.fdroidRepo().resolve("/repo").toString(), root.at("/repo/address").asText());
    assertTrue(root.at("/repo/categories/TOOLS/name/en-US").isTextual());
    List<AppSpec> fdroid =
        store
            .corpus()
            .aliveIndices()
            .mapToObj(store.corpus()::app)
            .filter(a -> a.listedIn(StoreId.FDROID))
            .toList();
    assertEquals(fdroid.size(), root.get("packages").size());
    assertTrue(fdroid.size() >= 40, "about half the apps are in F-Droid");
    for (AppSpec a : fdroid.subList(0, 5)) {
      JsonNode p = root.at("/packages/" + a.packageName());
      assertEquals(a.title(), p.at("/metadata/name/en-US").asText());
      assertEquals(a.category().id(), p.at("/metadata/categories/0").asText());
      String sha = p.get("versions").fieldNames().next();
      JsonNode v = p.at("/versions/" + sha);
      assertEquals(sha, v.at("/file/sha256").asText());
      assertEquals("/" + a.apkFileName(), v.at("/file/name").asText());
      assertEquals(a.versionCode(), v.at("/manifest/versionCode").asInt());
      assertEquals(a.targetSdk(), v.at("/manifest/usesSdk/targetSdkVersion").asInt());
      assertEquals(64, v.at("/manifest/signer/sha256/0").asText().length());
      assertEquals(a.permissions().size(), v.at("/manifest/usesPermission").size());
      byte[] apk = Fetch.ok(store.fdroidRepo().resolve(a.apkFileName()));
      assertEquals(sha, sha256(apk));
      assertEquals(apk.length, v.at("/file/size").asLong());
    }
  }

  @Test
  void entryJsonDescribesTheIndexBytes() throws Exception {
    JsonNode entry = JSON.readTree(Fetch.ok(store.fdroidRepo().resolve("entry.json")));
    assertEquals(20002, entry.get("version").asInt());
    assertEquals(sha256(index), entry.at("/index/sha256").asText());
    assertEquals(index.length, entry.at("/index/size").asLong());
    assertEquals("/index-v2.json", entry.at("/index/name").asText());
    assertEquals(
        JSON.readTree(index).get("packages").size(), entry.at("/index/numPackages").asInt());
  }

  @Test
  void indexV1HasTheSameApks() throws Exception {
    JsonNode v1 = JSON.readTree(Fetch.ok(store.fdroidRepo().resolve("index-v1.json")));
    JsonNode v2 = JSON.readTree(index);
    assertEquals(v2.get("packages").size(), v1.get("apps").size());
    String pkg = v1.at("/apps/0/packageName").asText();
    JsonNode apk = v1.at("/packages/" + pkg + "/0");
    assertEquals("sha256", apk.get("hashType").asText());
    assertTrue(v2.at("/packages/" + pkg + "/versions").has(apk.get("hash").asText()));
    assertTrue(apk.get("uses-permission").get(0).isArray());
  }

  @Test
  void apkAnswersConditionalGetsAndIndexIsGzippedOnRequest() throws Exception {
    AppSpec a = store.corpus().app(store.corpus().aliveIndices().findFirst().getAsInt());
    HttpResponse<byte[]> first = Fetch.get(store.fdroidRepo().resolve(a.apkFileName()));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        first.body().length, first.headers().firstValueAsLong("Content-Length").orElse(-1));
    assertTrue(first.headers().firstValue("Last-Modified").isPresent());
    assertEquals(
        304,
        Fetch.get(store.fdroidRepo().resolve(a.apkFileName()), "If-None-Match", etag).statusCode());
    HttpResponse<byte[]> gz =
        Fetch.get(store.fdroidRepo().resolve("index-v2.json"), "Accept-Encoding", "gzip");
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
    assertEquals(sha256(index), sha256(plain));
    assertFalse(Fetch.get(store.fdroidRepo().resolve("nope_1.apk")).statusCode() == 200);
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
