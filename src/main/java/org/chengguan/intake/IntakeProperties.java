package org.chengguan.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chengguan.intake.*}. {@code reporterKey}: Base64 of the 32-byte AES key that encrypts reporters' names and
 * phone numbers at rest; production takes it from {@code CHENGGUAN_INTAKE_REPORTER_KEY} and does not start without it.
 */
@ConfigurationProperties("chengguan.intake")
record IntakeProperties(String reporterKey) {
}
