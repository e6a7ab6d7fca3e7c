package org.appwatch.scoring.apk;

import java.util.List;

/**
 * Calls to (or reads of) one sensitive platform API, with the classes that make them, so that the
 * use can be blamed on an SDK rather than the app.
 *
 * @param id stable id from the pinned table ({@code sensitive-apis.json})
 * @param kind the kind of personal information it reaches ({@code device-identifier}, {@code
 *     location}, {@code sms}, ...)
 * @param api {@code owner->member} as named in the DEX
 * @param callers dotted names of the calling classes, sorted
 */
public record SensitiveApi(String id, String kind, String api, List<String> callers) {}
