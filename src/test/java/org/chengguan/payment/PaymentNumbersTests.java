package org.chengguan.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 缴款码's check digit catches a mistyped digit or two swapped neighbours. */
class PaymentNumbersTests {

	@Test
	void theCheckDigitIsLuhns() {
		// the textbook example: 7992739871 has the check digit 3
		assertThat(PaymentNumbers.luhn("7992739871")).isEqualTo(3);
		assertThat(PaymentNumbers.luhn("7992739872")).isNotEqualTo(3);
		assertThat(PaymentNumbers.luhn("9792739871")).isNotEqualTo(3);
	}

	@Test
	void aPaymentCodeIsNineteenDigitsEndingInItsCheckDigit() {
		var numbers = new PaymentNumbers(null);
		for (var i = 0; i < 100; i++) {
			var code = numbers.paymentCode();
			assertThat(code).matches("\\d{19}");
			assertThat(PaymentNumbers.luhn(code.substring(0, 18))).isEqualTo(code.charAt(18) - '0');
		}
	}
}
