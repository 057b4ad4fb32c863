package org.chengguan.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reporters' names and phone numbers are encrypted at rest (AES-256-GCM, random 96-bit nonce) and masked when shown
 * (domain.md §4.2; 济南12345条例 Art. 32: the caller's identity is never passed on). The phone also gets a keyed hash
 * (HMAC-SHA256) so repeat callers can be found without decrypting.
 */
@Component
class ReporterCipher {

	private static final int NONCE_BYTES = 12;

	private static final String KEY_REQUIRED = "chengguan.intake.reporter-key (in production the environment variable "
			+ "CHENGGUAN_INTAKE_REPORTER_KEY) must be Base64 of 32 bytes, e.g. from: openssl rand -base64 32";

	private final SecretKey key;

	private final SecretKey hashKey;

	private final SecureRandom random = new SecureRandom();

	ReporterCipher(IntakeProperties properties) {
		var bytes = decode(properties.reporterKey());
		if (bytes.length != 32) {
			throw new IllegalStateException(KEY_REQUIRED);
		}
		this.key = new SecretKeySpec(bytes, "AES");
		this.hashKey = new SecretKeySpec(bytes, "HmacSHA256");
	}

	private static byte[] decode(String key) {
		try {
			return Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException unsetOrMalformed) {
			throw new IllegalStateException(KEY_REQUIRED, unsetOrMalformed);
		}
	}

	@Nullable String encrypt(@Nullable String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		try {
			var nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			var sealed = cipher.doFinal(plain.strip().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt reporter data", ex);
		}
	}

	@Nullable String decrypt(@Nullable String sealed) {
		if (sealed == null) {
			return null;
		}
		try {
			var bytes = Base64.getDecoder().decode(sealed);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt reporter data (wrong chengguan.intake.reporter-key?)", ex);
		}
	}

	@Nullable String phoneHash(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(phone.replaceAll("[^0-9+]", "").getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot hash phone", ex);
		}
	}

	/** 138****1234; short numbers keep only their last two digits. */
	static String maskPhone(String phone) {
		var digits = phone.strip();
		if (digits.length() >= 11) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
	}

	/** 张** : the family name only. */
	static String maskName(String name) {
		var trimmed = name.strip();
		return trimmed.isEmpty() ? "" : trimmed.substring(0, 1) + "*".repeat(Math.max(1, trimmed.length() - 1));
	}
}
