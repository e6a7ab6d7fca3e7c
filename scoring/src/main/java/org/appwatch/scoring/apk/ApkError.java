package org.appwatch.scoring.apk;

/**
 * One problem met while analysing an APK.
 *
 * @param code what kind of problem; stable across releases
 * @param message what was found, for a person (entry names, sizes, offsets)
 */
public record ApkError(ApkErrorCode code, String message) {}
