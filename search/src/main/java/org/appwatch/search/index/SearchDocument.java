package org.appwatch.search.index;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A document of one of appwatch's indices. Its record components are its fields, written in
 * snake_case ({@code packageName} becomes {@code package_name}) as the mapping files name them.
 */
public interface SearchDocument {

  /** The document's {@code _id}: stable across loads, so a reload replaces rather than adds. */
  @JsonIgnore
  String documentId();
}
