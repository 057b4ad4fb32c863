package org.chengguan.road;

/** A road segment that cannot be recorded; the message is a key of messages.properties. */
public class RoadRuleException extends RuntimeException {

	public RoadRuleException(String key) {
		super(key);
	}
}
