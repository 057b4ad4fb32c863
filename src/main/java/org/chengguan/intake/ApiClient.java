package org.chengguan.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A platform allowed to push reports: one API key each, stored only as its SHA-256. */
@Entity
@Table(name = "intake_api_client")
class ApiClient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String keyHash;

	private boolean enabled = true;

	protected ApiClient() {
		this.code = "";
		this.name = "";
		this.channel = Channel.OPEN311;
		this.keyHash = "";
	}

	ApiClient(String code, String name, Channel channel, String keyHash) {
		this.code = code;
		this.name = name;
		this.channel = channel;
		this.keyHash = keyHash;
	}

	PlatformClient view() {
		return new PlatformClient(id == null ? 0 : id, code, name, channel);
	}

	boolean isEnabled() {
		return enabled;
	}
}
