/**
 * 信用推送 (domain.md §8.10): each served decision is classified by the rule table the 法制股 keeps — 不纳入 for
 * 简易程序 and for minor acts whose harm was removed, 轻微, 一般, 严重 — and pushed to the public credit platform within
 * 7 working days through an outbox, with the day 信用修复 becomes possible; a decision changed, revoked or found illegal
 * is withdrawn within 3 working days; the platform's receipts are kept.
 * 信用推送：送达后按法制股规则分类，七个工作日内推送；决定变更、撤销的，三个工作日内撤回。
 */
@NullMarked
@ApplicationModule(displayName = "信用 Credit",
		allowedDependencies = { "penalty", "party", "system", "calendar", "staff", "documents" })
package org.chengguan.credit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
