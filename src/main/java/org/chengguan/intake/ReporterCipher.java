package org.chengguan.intake;

import org.chengguan.system.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reporters' names and phone numbers are encrypted at rest and masked when shown (domain.md §4.2; 济南12345条例 Art.
 * 32: the caller's identity is never passed on). The phone also gets a keyed hash so repeat callers can be found
 * without decrypting.
 */
@Component
class ReporterCipher {

	private final FieldCipher cipher;

	ReporterCipher(IntakeProperties properties) {
		this.cipher = new FieldCipher(properties.reporterKey(),
				"chengguan.intake.reporter-key (in production the environment variable CHENGGUAN_INTAKE_REPORTER_KEY)");
	}

	@Nullable String encrypt(@Nullable String plain) {
		return cipher.encrypt(plain);
	}

	@Nullable String decrypt(@Nullable String sealed) {
		return cipher.decrypt(sealed);
	}

	@Nullable String phoneHash(@Nullable String phone) {
		return phone == null || phone.isBlank() ? null : cipher.hash(phone.replaceAll("[^0-9+]", ""));
	}

	static String maskPhone(String phone) {
		return FieldCipher.maskPhone(phone);
	}

	static String maskName(String name) {
		return FieldCipher.maskName(name);
	}
}
