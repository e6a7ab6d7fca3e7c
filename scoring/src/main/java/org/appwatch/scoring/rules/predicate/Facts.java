package org.appwatch.scoring.rules.predicate;

import org.appwatch.scoring.rules.evidence.AppEvidence;
import org.appwatch.scoring.rules.evidence.CrossFacts;

/**
 * What a condition is evaluated over: the app's evidence and the cross facts the engine derived
 * from it once ({@code cross} is null when the APK or the policy text is missing).
 */
public record Facts(AppEvidence evidence, CrossFacts cross) {}
