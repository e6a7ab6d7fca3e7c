package org.appwatch.publish.data;

/** There is nothing to publish yet: the scores dataset, or the crawl asked for, is missing. */
public final class NoDatasetsException extends IllegalStateException {

  public NoDatasetsException(String message) {
    super(message);
  }
}
