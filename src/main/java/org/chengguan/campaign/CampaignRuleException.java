package org.chengguan.campaign;

/** A campaign or 日报 that cannot be recorded; the message is a key of messages.properties. */
public class CampaignRuleException extends RuntimeException {

	public CampaignRuleException(String key) {
		super(key);
	}
}
