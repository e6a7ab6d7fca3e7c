package org.appwatch.crawler.frontier;

/** A URL the frontier holds, with its identity and how many times it was tried. */
public record FrontierEntry(long id, Link link, int attempts) {}
