package org.appwatch.crawler.store;

import java.util.List;
import java.util.Map;

/**
 * What a store says of one app, read from its detail page or index entry.
 *
 * @param fields output field name to value (string, number or list), only fields found
 * @param missing configured fields not found on the page, so that a layout change shows
 */
public record Listing(String packageName, Map<String, Object> fields, List<String> missing) {}
