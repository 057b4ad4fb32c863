package org.chengguan.penalty;

/** 执法领域 of a violation. */
public enum BenchmarkDomain {

	CITY_APPEARANCE, SANITATION, PLANNING, LANDSCAPING, MUNICIPAL, ENVIRONMENT, COMMERCE, TRAFFIC, WATER
}
