package org.appwatch.crawler.evidence;

/**
 * Where a response record lies: the WARC file (name relative to the WARC directory), the record's
 * {@code WARC-Record-ID} ({@code <urn:uuid:…>}) and the byte offset of the record in the file.
 */
public record WarcRef(String file, String recordId, long offset) {}
