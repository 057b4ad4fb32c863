package org.chengguan.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The signature of the bank's callbacks: {@code sha256=} and the hex HMAC-SHA256 of the request body under the shared
 * secret, compared in constant time.
 */
final class BankSignature {

	static final String HEADER = "X-Bank-Signature";

	private BankSignature() {
	}

	static String sign(String secret, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	static boolean verify(String secret, byte[] body, @Nullable String signature) {
		return signature != null && MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
				signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}
}
