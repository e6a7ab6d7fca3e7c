package org.appwatch.search.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.data.Datasets;
import org.appwatch.publish.data.NoDatasetsException;
import org.appwatch.publish.data.SampleCrawls;
import org.appwatch.search.index.AppDocument;
import org.appwatch.search.index.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents built from a work directory: the sample crawls' Parquet datasets, with crawl records of
 * the latest crawl for one app (listing, policy page, policy text) as the crawler writes them.
 */
class CrawlDocumentsTest {

  private static final String READER = "com.example.reader";
  private static final String POLICY_URL = "http://127.0.0.1/reader/privacy.html";
  private static final String TEXT = "您可以在设置中申请注销账号。我们不会向第三方出售您的个人信息。";

  @TempDir Path work;

  @Test
  void oneDocumentPerScoreAndFindingRowWithTheListingAndPolicyJoinedIn() throws Exception {
    SampleCrawls.write(work);
    writeCrawlRecords();
    CrawlDocuments docs = CrawlDocuments.read(work, null);
    assertEquals(SampleCrawls.LATEST, docs.crawlId(), "the latest crawl by default");

    CrawlSnapshot latest = new Datasets(work).load(SampleCrawls.LATEST);
    assertEquals(latest.scores().size(), docs.apps().size());
    assertEquals(latest.findings().size(), docs.findings().size());
    Map<String, AppDocument> apps =
        docs.apps().stream()
            .collect(Collectors.toMap(AppDocument::packageName, Function.identity()));
    for (AppScore s : latest.scores()) {
      AppDocument d = apps.get(s.packageName());
      assertEquals(s.riskScore(), d.riskScore());
      assertEquals(s.installsMin(), d.installsMin());
      List<String> concerns =
          s.items().stream()
              .filter(i -> i.verdict().equals("violation") || i.verdict().equals("likely"))
              .map(AppScore.ItemRoll::item)
              .toList();
      assertEquals(concerns, d.items(), s.packageName());
    }

    AppDocument reader = apps.get(READER);
    assertEquals("微信读书的辅助工具", reader.description());
    assertEquals(POLICY_URL, reader.policyUrl());
    assertEquals(TEXT, reader.policyText());
    assertEquals(
        List.of("android.permission.READ_CONTACTS"),
        reader.permissions(),
        "without an APK analysis, the listing's declared permissions");
    assertTrue(reader.sdks().isEmpty());
    assertNull(apps.get("com.example.pay").description(), "no listing record, no description");

    PolicyDocument policy = docs.policies().get(0);
    assertEquals(1, docs.policies().size());
    assertEquals("cnapi:" + READER + ":" + "ef".repeat(32), policy.documentId());
    assertEquals(TEXT, policy.text());
    assertEquals("zh", policy.language());
  }

  @Test
  void anEarlierCrawlCanBeChosenAndAnUnknownOneIsNamed() throws Exception {
    SampleCrawls.write(work);
    assertEquals(SampleCrawls.PREVIOUS, CrawlDocuments.read(work, SampleCrawls.PREVIOUS).crawlId());
    NoDatasetsException e =
        assertThrows(
            NoDatasetsException.class, () -> CrawlDocuments.read(work, "20200101T000000Z"));
    assertTrue(e.getMessage().contains(SampleCrawls.LATEST), e.getMessage());
  }

  private void writeCrawlRecords() throws Exception {
    Path crawl = Files.createDirectories(work.resolve("crawls").resolve(SampleCrawls.LATEST));
    Files.writeString(
        crawl.resolve("listings.jsonl"),
        "{\"crawlId\":\""
            + SampleCrawls.LATEST
            + "\",\"store\":\"cnapi\",\"packageName\":\""
            + READER
            + "\",\"fields\":{\"title\":\"微信读书助手\",\"description\":\"微信读书的辅助工具\","
            + "\"installs\":5000000,\"permissions\":[\"android.permission.READ_CONTACTS\"],"
            + "\"policyUrl\":\""
            + POLICY_URL
            + "\"},\"missingFields\":[]}\n",
        StandardCharsets.UTF_8);
    String textFile = "policies/ef/" + "ef".repeat(32) + ".txt";
    Files.createDirectories(work.resolve(textFile).getParent());
    Files.writeString(work.resolve(textFile), TEXT, StandardCharsets.UTF_8);
    Files.writeString(
        crawl.resolve("policies.jsonl"),
        "{\"crawlId\":\""
            + SampleCrawls.LATEST
            + "\",\"store\":\"cnapi\",\"packageName\":\""
            + READER
            + "\",\"url\":\""
            + POLICY_URL
            + "\",\"requestedUrl\":\""
            + POLICY_URL
            + "\",\"status\":\"ok\",\"textSha256\":\""
            + "ef".repeat(32)
            + "\",\"language\":\"zh\",\"textFile\":\""
            + textFile
            + "\",\"warcRecordId\":\"<urn:uuid:1>\"}\n",
        StandardCharsets.UTF_8);
  }
}
