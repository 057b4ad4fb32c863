package org.chengguan.party;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chengguan.party.*}. {@code key}: Base64 of the 32-byte key that encrypts persons' names, identity numbers,
 * addresses and phones; production takes it from {@code CHENGGUAN_PARTY_KEY} and does not start without it.
 */
@ConfigurationProperties("chengguan.party")
record PartyProperties(String key) {
}
