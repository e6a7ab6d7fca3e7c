package org.appwatch.crawler.politeness;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.List;
import java.util.Locale;

/**
 * A host's robots.txt rules (RFC 9309), parsed by crawler-commons. Per RFC 9309 §2.3.1: a 4xx
 * answer means no rules (allow all), a 5xx or unreachable robots.txt means disallow all until it
 * can be read.
 */
public final class RobotsRules {

  private static final SimpleRobotRulesParser PARSER = new SimpleRobotRulesParser();

  private final BaseRobotRules rules;

  private RobotsRules(BaseRobotRules rules) {
    this.rules = rules;
  }

  /**
   * @param agentToken the product token matched against User-agent lines, e.g. {@code appwatch}
   */
  public static RobotsRules parse(
      String url, byte[] content, String contentType, String agentToken) {
    return new RobotsRules(
        PARSER.parseContent(
            url, content, contentType, List.of(agentToken.toLowerCase(Locale.ROOT))));
  }

  public static RobotsRules allowAll() {
    return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL));
  }

  public static RobotsRules disallowAll() {
    return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE));
  }

  public boolean allows(String url) {
    return rules.isAllowed(url);
  }

  /** The Crawl-delay in milliseconds, or 0 when none is given. */
  public long crawlDelayMillis() {
    long d = rules.getCrawlDelay();
    return d == BaseRobotRules.UNSET_CRAWL_DELAY || d < 0 ? 0 : d;
  }
}
