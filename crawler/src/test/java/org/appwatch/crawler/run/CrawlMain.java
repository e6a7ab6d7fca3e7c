package org.appwatch.crawler.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A crawler process for the crash test: {@code CrawlMain <work dir> <config@url>...}. */
public final class CrawlMain {

  private CrawlMain() {}

  public static void main(String[] args) throws Exception {
    List<StoreTarget> stores = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      stores.add(StoreTarget.parse(args[i]));
    }
    new Crawler(
            Path.of(args[0]),
            CrawlSettings.from(
                TestCrawls.settings(
                    Map.of(
                        "crawl.politeness.delay", "5ms",
                        "crawl.politeness.connections-per-host", "2",
                        "crawl.threads", "4"))))
        .run(stores, null, CrawlListener.NONE);
    URI.create("done");
  }
}
