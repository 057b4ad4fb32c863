package org.chengguan.system;

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

/**
 * Personal data at rest (reporters, parties to a proceeding): AES-256-GCM with a random 96-bit nonce, Base64 of nonce
 * and ciphertext; and a keyed hash (HMAC-SHA256) so that a record can be found again by a value without decrypting.
 * The key is Base64 of 32 bytes from configuration; in production from the environment.
 */
public final class FieldCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKey key;

	private final SecretKey hashKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param base64Key Base64 of 32 random bytes
	 * @param property the setting it came from, named when it is missing or malformed
	 */
	public FieldCipher(String base64Key, String property) {
		var required = property + " must be Base64 of 32 bytes, e.g. from: openssl rand -base64 32";
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key);
		}
		catch (IllegalArgumentException unsetOrMalformed) {
			throw new IllegalStateException(required, unsetOrMalformed);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(required);
		}
		this.key = new SecretKeySpec(bytes, "AES");
		this.hashKey = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** The sealed text (stripped first); null for none or blank. */
	public @Nullable String encrypt(@Nullable String plain) {
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
			throw new IllegalStateException("Cannot encrypt", ex);
		}
	}

	public @Nullable String decrypt(@Nullable String sealed) {
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
			throw new IllegalStateException("Cannot decrypt (was the key changed?)", ex);
		}
	}

	/** HMAC-SHA256 of the value as given (normalise it first), hex. */
	public String hash(String value) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot hash", ex);
		}
	}

	/** 138****1234; short numbers keep only their last two digits. */
	public static String maskPhone(String phone) {
		var digits = phone.strip();
		if (digits.length() >= 11) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
	}

	/** 张** : the family name only. */
	public static String maskName(String name) {
		var trimmed = name.strip();
		return trimmed.isEmpty() ? "" : trimmed.substring(0, 1) + "*".repeat(Math.max(1, trimmed.length() - 1));
	}
}
