package org.appwatch.search.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * appwatch's indices. Readers always use the alias ({@code appwatch-apps}); each load writes a new
 * concrete index named {@code <alias>-v<mapping version>-<UTC timestamp>} and moves the alias to it
 * once complete (see {@link IndexLoader}). The mapping version goes up whenever the mapping file
 * changes incompatibly, so indices of two mappings never share a name prefix.
 */
public enum SearchIndex {
  APPS("appwatch-apps", "apps.json", 1),
  FINDINGS("appwatch-findings", "findings.json", 1),
  POLICIES("appwatch-policies", "policies.json", 1);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final String alias;
  private final String mappingFile;
  private final int mappingVersion;

  SearchIndex(String alias, String mappingFile, int mappingVersion) {
    this.alias = alias;
    this.mappingFile = mappingFile;
    this.mappingVersion = mappingVersion;
  }

  /** The name readers search, e.g. {@code appwatch-apps}. */
  public String alias() {
    return alias;
  }

  /** The mapping file's resource path, relative to this package's {@code mappings/} folder. */
  public String mappingFile() {
    return mappingFile;
  }

  public int mappingVersion() {
    return mappingVersion;
  }

  /** The concrete index a load started at {@code at} writes, e.g. {@code appwatch-apps-v1-…}. */
  public String versionedName(Instant at) {
    return alias + "-v" + mappingVersion + "-" + STAMP.format(at);
  }

  /** Whether {@code index} is one of this alias's concrete indices, of any mapping version. */
  public boolean owns(String index) {
    return index.startsWith(alias + "-v");
  }
}
