package org.appwatch.crawler.fetch;

/**
 * A body decoded to text.
 *
 * @param charset the charset used, e.g. {@code UTF-8}, {@code GB18030}
 * @param source where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code
 *     detected} (the declared one did not fit the bytes, or none was declared) or {@code default}
 */
public record DecodedText(String text, String charset, String source) {}
